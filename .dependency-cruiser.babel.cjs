// How dependency-cruiser reads TypeScript (.dependency-cruiser.cjs): through Babel, since
// the TypeScript compiler it can use is below 7 and this project's is 7. Babel drops
// type-only imports, so keepTypeImports first turns each into a bare import of the same
// module: a type imported against the layers is still an import against the layers.
// Not named babel.config.* or .babelrc: Next.js would then build with Babel instead of SWC.

function keepTypeImports({ types: t }) {
  const typeOnly = (node, kind) => node[kind] === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s[kind] === 'type'))
  return {
    visitor: {
      // Program, not ImportDeclaration: the TypeScript plugin removes type imports when it
      // enters the program, before any declaration is visited.
      Program(path) {
        for (const statement of path.get('body')) {
          const node = statement.node
          const typeImport = t.isImportDeclaration(node) && typeOnly(node, 'importKind')
          const typeReexport =
            (t.isExportNamedDeclaration(node) && node.source && typeOnly(node, 'exportKind')) || (t.isExportAllDeclaration(node) && node.exportKind === 'type')
          if (typeImport || typeReexport) statement.replaceWith(t.importDeclaration([], t.stringLiteral(node.source.value)))
        }
      },
    },
  }
}

module.exports = {
  babelrc: false,
  configFile: false,
  plugins: [keepTypeImports],
  // onlyRemoveTypeImports: an import whose names are used only as types is kept as well.
  presets: [[require.resolve('@babel/preset-typescript'), { onlyRemoveTypeImports: true }]],
}
