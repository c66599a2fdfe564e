/**
 * Whether a dotted token is a real Internet host name worth reporting, as opposed to a file
 * name, a version number or an abbreviation that merely looks like one.
 */
import { parse } from 'tldts';

/**
 * Extensions of files people name in reports. Several are also top-level domains (`.zip`,
 * `.mov`, `.py`, `.sh`, `.rs`, `.pl`, `.md`), so a bare `invoice.zip` is taken for a file
 * unless a scheme or `www.` says otherwise.
 */
const FILE_EXTENSIONS = new Set(
  (
    '7z apk asp aspx bak bat bin bmp c cfg class conf cpp cs css csv dat db dll dmg doc docm docx ' +
    'elf eml exe gif go gz h hta htm html img ini iso jar java jpeg jpg js json jsp key lnk log lua ' +
    'md mkv mov mp3 mp4 msg msi odt ods one pdf php pl png ppt pptm pptx ps1 psd py pyc rar rb rs ' +
    'rtf scr sh so sql svg swf sys tar tgz tif tiff tmp ts txt vb vbe vbs wav webp wsf xls xlsm xlsx ' +
    'xml xz yaml yml zip'
  ).split(' '),
);

/** Whether `extension` (without its dot, any case) ends the names of files people name in reports. */
export function isFileExtension(extension: string): boolean {
  return FILE_EXTENSIONS.has(extension.toLowerCase());
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export interface HostnameCheck {
  /** Written with a scheme (`https://`) or `www.`: the writer meant a host. */
  explicit: boolean;
}

/** `host` lower-cased; true when it is a syntactically valid name under an ICANN suffix. */
export function isReportableHostname(host: string, { explicit }: HostnameCheck): boolean {
  if (host.length > 253) return false;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return false;
  const topLevel = labels[labels.length - 1] ?? '';
  // Top-level labels are never all digits (that is a version number or an IP address).
  if (/^\d+$/.test(topLevel)) return false;
  const parsed = parse(host, { extractHostname: false });
  if (!parsed.isIcann || !parsed.domain || parsed.isIp) return false;
  return explicit || !FILE_EXTENSIONS.has(topLevel);
}
