// ja messages: input (warnings about files, encodings and lines; the progress bar)
const messages: Record<string, string> = {
  'input.warn.missing': '{path}: ファイルまたはディレクトリがありません。',
  'input.warn.unreadable': '{path}: 読み込めません ({reason})。',
  'input.warn.emptyDir': '{path}: ディレクトリに読み込めるファイルがありません。',
  'input.warn.binary': '{path}: バイナリファイルと判断しました (NUL や制御文字が多い)。読み飛ばします。',
  'input.warn.compression': '{path}: {format} 圧縮には対応していません。展開するか gzip を使ってください。',
  'input.warn.gzip': '{path}: gzip として読めません ({reason})。読み飛ばします。',
  'input.warn.readError':
    '{path}: {line} 行目で読み込みが止まりました ({reason})。それより前の行は解析済みです。',
  'input.warn.encoding': '{path}: UTF-8 ではありません。内容から推定して {encoding} として読みました。',
  'input.warn.nul': '{path}: NUL バイトを {count} 個取り除きました (最初は {line} 行目)。',
  'input.warn.longLine': '{path}: {max} 文字を超える行を {count} 行切り詰めました (最初は {line} 行目)。',
  'input.warn.reversed': '{path}: 新しい順に書かれたログのため、下から上へ読みました。',
  'input.warn.reverseTooLarge':
    '{path}: 新しい順のログに見えますが、大きすぎて ({max} 文字超) メモリ上で並べ替えられないため、上から読みました。',
  'input.progress.known': '{readMb}/{totalMb} MB | {rate} MB/秒 | {lps} 行/秒',
  'input.progress.unknown': '{readMb} MB 読み込み | {rate} MB/秒 | {lps} 行/秒',
};
export default messages;
