/**
 * Text for a GitHub Actions workflow command (`::error title=…::message`), escaped as the
 * runner unescapes it: in the message `%`, CR and LF; in a property also `:` and `,`, which
 * would otherwise end the property.
 */
export function escapeWorkflowCommand(text: string, context: 'data' | 'property'): string {
  const data = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return context === 'data' ? data : data.replace(/:/g, '%3A').replace(/,/g, '%2C');
}
