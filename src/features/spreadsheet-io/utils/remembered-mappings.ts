/** Column mappings remembered in this browser, keyed by the file's header signature. */
const mappingKey = (signature: string) => `contact-plan:import-mapping:${signature}`;

/** A mapping chosen for a file is remembered for the next file with the same headers. */
export const rememberMapping = (signature: string, mapping: Record<number, string>) => {
  try {
    localStorage.setItem(mappingKey(signature), JSON.stringify(mapping));
  } catch {
    // Not remembering a mapping loses nothing.
  }
};

export const recallMapping = (signature: string): Record<number, string> | null => {
  try {
    const raw = localStorage.getItem(mappingKey(signature));
    return raw ? (JSON.parse(raw) as Record<number, string>) : null;
  } catch {
    return null;
  }
};
