// Downloads for the page modules: a file the server streamed, a blob made here, or a data URL.

export function saveUrl(href, fileName) {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

export function saveBlob(blob, fileName) {
  const url = URL.createObjectURL(blob);
  saveUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export async function saveStream(streamReference, fileName, type) {
  saveBlob(new Blob([await streamReference.arrayBuffer()], { type }), fileName);
}
