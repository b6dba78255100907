import { saveStream } from '../../js/save-file.js';

// Saves a file that .NET streams to the browser (the dashboard's "export all" zip).
export function download(fileName, streamReference) {
  return saveStream(streamReference, fileName, 'application/zip');
}
