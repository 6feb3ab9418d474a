/** Hands bytes or text to the browser as a download with this file name. */
export const downloadFile = (content: Uint8Array | string, fileName: string, mimeType: string) => {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
};

/** A file name from a title: no characters that some systems refuse. */
export const fileNameFrom = (title: string) =>
  title
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100) || 'export';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
