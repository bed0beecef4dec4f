export function importGraph(files: string[]): Map<string, string[]>
export function findCycles(graph: Map<string, string[]>): string[][]
export function importCycles(root: string, dirs: string[]): string[][]
