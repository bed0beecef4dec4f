// Whose work a request is: said wherever a screen offers to take it over.

export const zhCN = {
  takeOver: {
    title: '接手 {{owner}} 的请求 {{id}}？',
    body: '此请求目前由 {{owner}} 处理。接手后处理人改为您，{{owner}} 将不能再操作它，处理记录会写明由您接手。',
    ok: '确认接手',
  },
  notYours: '此请求由 {{owner}} 处理：只有处理人或主管可以操作。',
}
