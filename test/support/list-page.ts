/** Scripts for the reading list page: a file chosen for "Import", as a person picks one. */

/** Chooses a text file (a list, a CSV, bookmarks) in the list's import control. */
export const importText = (text: string, name = 'list.json', type = 'application/json'): string => `(() => {
  const input = document.querySelector('.import-list input[type=file]');
  const files = new DataTransfer();
  files.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: ${JSON.stringify(type)} }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
})()`;

/** Chooses a binary file (a zip), its bytes carried to the page as base64. */
export const importBytes = (bytes: Uint8Array, name: string): string => `(() => {
  const input = document.querySelector('.import-list input[type=file]');
  const files = new DataTransfer();
  const bytes = Uint8Array.from(atob(${JSON.stringify(Buffer.from(bytes).toString('base64'))}), (c) => c.charCodeAt(0));
  files.items.add(new File([bytes], ${JSON.stringify(name)}, { type: 'application/zip' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
})()`;
