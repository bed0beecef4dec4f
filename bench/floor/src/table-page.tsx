import { useQuery } from '@tanstack/react-query'
import { Button, DatePicker, Form, Input, Layout, Menu, Select, Table } from 'antd'

const rows = Array.from({ length: 50 }, (_, i) => ({
  id: `R${String(i + 1).padStart(6, '0')}`,
  type: ['cancellation', 'deletion', 'copy'][i % 3],
  user: `User ${i + 1}`,
  status: ['in_review', 'identity_pending', 'completed'][i % 3],
  receivedAt: new Date(Date.UTC(2026, 9, 1 + (i % 28))).toISOString().slice(0, 10),
}))

export function TablePage() {
  const { data } = useQuery({ queryKey: ['rows'], queryFn: async () => rows })
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme="light">
        <Menu
          items={[
            { key: 'queue', label: 'Queue' },
            { key: 'home', label: 'Home' },
          ]}
          selectedKeys={['queue']}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff' }}>Header</Layout.Header>
        <Layout.Content style={{ padding: 20 }}>
          <Form layout="inline" style={{ marginBottom: 16 }}>
            <Form.Item label="Search">
              <Input />
            </Form.Item>
            <Form.Item label="Type">
              <Select
                style={{ width: 160 }}
                options={[{ value: 'cancellation', label: 'Cancellation' }]}
              />
            </Form.Item>
            <Form.Item label="Received">
              <DatePicker.RangePicker />
            </Form.Item>
            <Button type="primary">Filter</Button>
          </Form>
          <Table
            rowKey="id"
            dataSource={data ?? []}
            pagination={{ pageSize: 50 }}
            columns={[
              { title: 'Id', dataIndex: 'id' },
              { title: 'Type', dataIndex: 'type' },
              { title: 'User', dataIndex: 'user' },
              { title: 'Status', dataIndex: 'status' },
              { title: 'Received', dataIndex: 'receivedAt' },
            ]}
          />
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
