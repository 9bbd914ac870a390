/** A button that opens the file chooser: a label over a hidden file input, the chosen file handed on once. */
export function FilePicker({ className, label, accept, onFile }: { className: string; label: string; accept: string; onFile(file: File): void }) {
  return (
    <label class={`${className} button`}>
      {label}
      <input
        type="file"
        accept={accept}
        class="visually-hidden"
        onChange={(e) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) onFile(file);
          input.value = ''; // the same file chosen again is a new choice
        }}
      />
    </label>
  );
}
