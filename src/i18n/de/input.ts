// de messages: input
// Warnings about files, encodings and lines; the progress bar.
const messages: Record<string, string> = {
  'input.warn.missing': '{path}: Datei oder Verzeichnis nicht gefunden.',
  'input.warn.unreadable': '{path}: kann nicht gelesen werden ({reason}).',
  'input.warn.emptyDir': '{path}: Das Verzeichnis enthält keine lesbaren Dateien.',
  'input.warn.binary':
    '{path}: sieht nach einer Binärdatei aus (viele Null- oder Steuerbytes), übersprungen.',
  'input.warn.compression':
    '{path}: {format}-komprimierte Dateien werden nicht unterstützt; zuerst entpacken oder gzip verwenden.',
  'input.warn.gzip': '{path}: keine lesbare gzip-Datei ({reason}), übersprungen.',
  'input.warn.readError':
    '{path}: Lesen bei Zeile {line} abgebrochen ({reason}); die Zeilen davor wurden analysiert.',
  'input.warn.encoding': '{path}: kein UTF-8; als {encoding} dekodiert (anhand des Inhalts geschätzt).',
  'input.warn.nul': '{path}: {count} NUL-Bytes entfernt (erstes in Zeile {line}).',
  'input.warn.longLine':
    '{path}: {count} Zeilen mit mehr als {max} Zeichen wurden gekürzt (erste: Zeile {line}).',
  'input.warn.reversed':
    '{path}: Das Log ist absteigend sortiert (neueste zuerst); es wurde von unten nach oben gelesen.',
  'input.warn.reverseTooLarge':
    '{path}: Das Log scheint absteigend sortiert, ist aber zu groß, um es im Speicher umzudrehen (über {max} Zeichen); es wurde von oben nach unten gelesen.',
  'input.progress.known': '{readMb}/{totalMb} MB | {rate} MB/s | {lps} Zeilen/s',
  'input.progress.unknown': '{readMb} MB gelesen | {rate} MB/s | {lps} Zeilen/s',
};
export default messages;
