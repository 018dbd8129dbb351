// What the GitHub runner reads as a workflow command in a step's stdout, after
// its documented rules (actions/runner, ActionCommand.TryParseV2 / TryParse):
// - a line is ended by \n, \r\n or \r;
// - `::name key=value,key=value::data`: the line, with leading white space
//   trimmed, starts with `::`;
// - `##[name key=value;key=value]data`: `##[` anywhere in the line, with a
//   `]` after it (the old syntax, still honoured).
// The runner tries the old syntax only when the new one did not parse to a
// command it knows; this reads both on every line, which is stricter.

export interface RunnerCommand {
  readonly syntax: 'v2' | 'v1'
  readonly name: string
  readonly properties: Record<string, string>
  readonly data: string
  readonly line: string
}

export function runnerCommands(stdout: string): RunnerCommand[] {
  const commands: RunnerCommand[] = []
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const trimmed = line.trimStart()
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2)
      if (end !== -1) {
        const info = trimmed.slice(2, end)
        const space = info.indexOf(' ')
        const name = space === -1 ? info : info.slice(0, space)
        const properties = space === -1 ? {} : splitProperties(info.slice(space + 1), ',')
        commands.push({ syntax: 'v2', name, properties, data: unescapeV2(trimmed.slice(end + 2)), line })
      }
    }
    const prefix = line.indexOf('##[')
    if (prefix !== -1) {
      const close = line.indexOf(']', prefix)
      if (close !== -1) {
        const info = line.slice(prefix + 3, close)
        const space = info.indexOf(' ')
        const name = space === -1 ? info : info.slice(0, space)
        const properties = space === -1 ? {} : splitProperties(info.slice(space + 1), ';')
        commands.push({ syntax: 'v1', name, properties, data: line.slice(close + 1), line })
      }
    }
  }
  return commands
}

function splitProperties(text: string, separator: string): Record<string, string> {
  const properties: Record<string, string> = {}
  for (const pair of text.split(separator)) {
    const eq = pair.indexOf('=')
    if (eq > 0) properties[pair.slice(0, eq)] = pair.slice(eq + 1)
  }
  return properties
}

function unescapeV2(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}
