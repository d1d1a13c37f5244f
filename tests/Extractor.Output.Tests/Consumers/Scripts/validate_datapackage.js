// Loads a datapackage.json with the Frictionless reference library (npm `datapackage`), validates the descriptor,
// and reads every tabular resource with casting and foreign keys. Prints JSON Lines: first {"valid", "errors"},
// then per resource {"table", "types", "rows"} with the cast values as text, or {"table", "error", "errors"}.
const { Package } = require('datapackage');

const text = (value, type, name) => {
  if (value === null || value === undefined) return null;
  // With relations, a foreign key cell holds the referenced row, which proves the reference resolved.
  if (typeof value === 'object' && !(value instanceof Date)) return text(value[name], type, name);
  if (type === 'date') return value.toISOString().slice(0, 10);
  if (type === 'datetime') return value.toISOString().replace('.000Z', 'Z');
  if (type === 'number') return String(Number(value));
  return String(value);
};

(async () => {
  const dp = await Package.load(process.argv[2]);
  console.log(JSON.stringify({ valid: dp.valid, errors: dp.errors.map((e) => e.message) }));
  for (const resource of dp.resources) {
    if (!resource.tabular) continue;
    const fields = resource.schema.fields;
    try {
      const rows = await resource.read({ cast: true, relations: true });
      console.log(JSON.stringify({
        table: resource.name,
        types: Object.fromEntries(fields.map((f) => [f.name, f.type])),
        rows: rows.map((row) => row.map((v, i) => text(v, fields[i].type, fields[i].name))),
      }));
    } catch (error) {
      console.log(JSON.stringify({
        table: resource.name,
        error: error.message,
        errors: (error.errors || []).slice(0, 20).map((e) => e.message),
      }));
    }
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
