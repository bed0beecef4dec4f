import { Button, Card, Form, Input } from 'antd'
import { useNavigate } from 'react-router'

export function SignIn() {
  const navigate = useNavigate()
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
      <Card title="Sign in" style={{ width: 360 }}>
        <Form layout="vertical" onFinish={() => navigate('/table')}>
          <Form.Item name="username" label="Username" rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="password" label="Password" rules={[{ required: true }]}>
            <Input.Password />
          </Form.Item>
          <Button type="primary" htmlType="submit" block>
            Sign in
          </Button>
        </Form>
      </Card>
    </div>
  )
}
