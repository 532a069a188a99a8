/**
 * The docs table of an element from custom-elements.json. Storybook's own extraction keys every
 * row by its bare name, so a slot and a CSS part of the same name (`<ev-map>`'s `attribution`,
 * `<ev-log>`'s `toolbar`) overwrite each other and the default slot (no name) is dropped. Here
 * each category has its own keys; properties that back an attribute are listed once, as the
 * attribute (with the property name in the description), so controls still set the property.
 */
interface Item {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  kind?: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
export interface Manifest {
  modules?: Array<{ declarations?: Declaration[] }>;
}

type Row = {
  name: string;
  description?: string;
  type?: { name: string };
  control?: false;
  action?: string;
  table: { category?: string; type?: { summary?: string }; defaultValue?: { summary?: string }; disable?: boolean };
};

function row(item: Item, category: string, name = item.name, controllable = false): Row {
  const type = item.type?.text;
  return {
    name,
    description: item.description ?? '',
    ...(controllable ? { type: { name: type === 'boolean' ? 'boolean' : type === 'number' ? 'number' : 'other' } } : { control: false as const }),
    table: { category, type: type ? { summary: type } : undefined, defaultValue: item.default !== undefined ? { summary: item.default } : undefined },
  };
}

/** `ev-select` → `onEvSelect`, the key Storybook's actions panel listens on. */
const handlerName = (event: string) => `on${event.replace(/(?:^|[-_:.\s]+)(.)/g, (_m, c: string) => c.toUpperCase())}`;

export function argTypesFromManifest(manifest: Manifest, tagName: string): Record<string, Row> | null {
  const element = manifest.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
  if (!element) return null;
  const rows: Record<string, Row> = {};
  const attributeFields = new Set((element.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  for (const attribute of element.attributes ?? []) {
    const key = attribute.fieldName ?? attribute.name;
    rows[key] = row(attribute, 'attributes', attribute.name, true);
    if (attribute.fieldName && attribute.fieldName !== attribute.name) rows[key].description += `\n\nProperty: \`${attribute.fieldName}\``;
  }
  for (const member of element.members ?? []) {
    if (member.kind !== 'field' || member.static || (member.privacy ?? 'public') !== 'public' || attributeFields.has(member.name)) continue;
    rows[member.name] = row(member, 'properties', member.name, !member.readonly);
  }
  for (const event of element.events ?? []) {
    rows[handlerName(event.name)] = { name: handlerName(event.name), action: event.name, table: { disable: true } };
    rows[`event:${event.name}`] = row(event, 'events');
  }
  for (const slot of element.slots ?? []) rows[`slot:${slot.name}`] = row(slot, 'slots', slot.name || '(default)');
  for (const property of element.cssProperties ?? []) rows[`css:${property.name}`] = row(property, 'css custom properties');
  for (const part of element.cssParts ?? []) rows[`part:${part.name}`] = row(part, 'css shadow parts');
  return rows;
}
