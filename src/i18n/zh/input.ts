// zh messages: input (warnings about files, encodings and lines; the progress bar)
const messages: Record<string, string> = {
  'input.warn.missing': '{path}：文件或目录不存在。',
  'input.warn.unreadable': '{path}：无法读取（{reason}）。',
  'input.warn.emptyDir': '{path}：该目录中没有可读取的文件。',
  'input.warn.binary': '{path}：看起来是二进制文件（大量零字节或控制字节），已跳过。',
  'input.warn.compression': '{path}：不支持 {format} 压缩文件；请先解压，或改用 gzip。',
  'input.warn.gzip': '{path}：不是可读的 gzip 文件（{reason}），已跳过。',
  'input.warn.readError': '{path}：读取在第 {line} 行中断（{reason}）；之前的行已分析。',
  'input.warn.encoding': '{path}：不是 UTF-8；已按 {encoding} 解码（根据内容推测）。',
  'input.warn.nul': '{path}：已删除 {count} 个 NUL 字节（首个位于第 {line} 行）。',
  'input.warn.longLine': '{path}：{count} 行超过 {max} 个字符，已截断（首个：第 {line} 行）。',
  'input.warn.reversed': '{path}：该日志按最新在前的顺序写入；已从下往上读取。',
  'input.warn.reverseTooLarge':
    '{path}：该日志看起来是最新在前，但太大，无法在内存中倒序（超过 {max} 个字符）；已从上往下读取。',
  'input.progress.known': '{readMb}/{totalMb} MB | {rate} MB/秒 | {lps} 行/秒',
  'input.progress.unknown': '已读取 {readMb} MB | {rate} MB/秒 | {lps} 行/秒',
};
export default messages;
