import { useRef, useState } from 'react';
import { acceptedSpreadsheetTypes } from '../../../lib/spreadsheet-files';

type FileStepProps = { onFile: (file: File) => void };

/** Pick or drop a spreadsheet. */
export const FileStep = ({ onFile }: FileStepProps) => {
  const inputRef = useRef<HTMLInputElement>(null);
  const [isOver, setIsOver] = useState(false);
  return (
    <div
      className={`drop-zone${isOver ? ' drop-zone-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setIsOver(true);
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setIsOver(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      <p>Drop a contact plan here (.xlsx, .xls, .ods or .csv), or</p>
      <label className="button button-primary" htmlFor="import-file">
        Choose a spreadsheet
      </label>
      <input
        ref={inputRef}
        id="import-file"
        className="visually-hidden"
        type="file"
        accept={acceptedSpreadsheetTypes}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
      <p className="muted">Nothing is saved until you press Import on the last step.</p>
    </div>
  );
};
