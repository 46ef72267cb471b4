/**
 * The `/** … *\/` comment of each field of the schemas in `src/schemas/`, read
 * from their source with the TypeScript compiler, so that the browser editor
 * shows editors the same explanation a developer reads in the schema.
 *
 * Zod keeps no comments, so a field is found by the object literal that
 * declares it: the literal whose field names are exactly those of a schema's
 * object (`{ url, label, type, publisher, copy }` is a source wherever one is
 * used). A spread of a variable of the same file (`...base` in the follow-up
 * schema) counts as the fields it spreads.
 */
import ts from 'typescript';

/** The fields of one object literal and the comment of each field that has one. */
export type ObjectDocs = { fields: readonly string[]; docs: Readonly<Record<string, string>> };

/** A comment as one line of plain text, e.g. "Day the committee adopted the decision (`YYYY-MM-DD`), or `null`." */
function plainComment(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function propertyName(name: ts.PropertyName): string | null {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;
}

/** Every object literal of one source file, with its fields and their comments. */
function objectsOf(source: string): ObjectDocs[] {
  const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
  const variables = new Map<string, ts.ObjectLiteralExpression>();
  const literals: ts.ObjectLiteralExpression[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      variables.set(node.name.text, node.initializer);
    }
    if (ts.isObjectLiteralExpression(node)) literals.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);

  const fieldsOf = (literal: ts.ObjectLiteralExpression, seen: Set<ts.Node>): [string, string | null][] =>
    literal.properties.flatMap((property): [string, string | null][] => {
      if (ts.isSpreadAssignment(property) && ts.isIdentifier(property.expression)) {
        const spread = variables.get(property.expression.text);
        return spread && !seen.has(spread) ? fieldsOf(spread, new Set([...seen, spread])) : [];
      }
      if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) return [];
      const name = propertyName(property.name);
      if (name === null) return [];
      const comment = ts
        .getJSDocCommentsAndTags(property)
        .filter(ts.isJSDoc)
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
        .join(' ');
      return [[name, comment ? plainComment(comment) : null]];
    });

  return literals.map((literal) => {
    const fields = fieldsOf(literal, new Set([literal]));
    return {
      fields: fields.map(([name]) => name),
      docs: Object.fromEntries(fields.filter((field): field is [string, string] => field[1] !== null)),
    };
  });
}

/** The object literals of the given schema sources. */
export function schemaDocs(sources: Iterable<string>): ObjectDocs[] {
  return [...sources].flatMap(objectsOf);
}

/**
 * The comments of the fields of the object whose field names are exactly `fields`; empty when
 * none matches. Of several (a schema and the default value written with the same fields), the
 * one with the most comments.
 */
export function docsOfObject(all: readonly ObjectDocs[], fields: readonly string[]): Readonly<Record<string, string>> {
  const wanted = [...fields].sort().join('\n');
  const count = (object: ObjectDocs) => Object.keys(object.docs).length;
  const matches = all.filter((object) => [...object.fields].sort().join('\n') === wanted).sort((a, b) => count(b) - count(a));
  return matches[0]?.docs ?? {};
}
