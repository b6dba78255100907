import { saveStream } from '../../js/save-file.js';

// Saves a file the server built (the briefing .docx) through a stream reference.
export function saveFile(fileName, streamReference) {
  return saveStream(streamReference, fileName, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
}
