// Saves a file that .NET streams to the browser (the dashboard's "export all" zip).
export async function download(fileName, streamReference) {
  const blob = new Blob([await streamReference.arrayBuffer()], { type: 'application/zip' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
