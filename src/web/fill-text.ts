/** Fills the `{name}` places of a sentence; a place without a value is left as it is, to be seen. */
export function fillText(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (place, name: string) => values[name] ?? place);
}
