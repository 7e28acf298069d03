// Plain JavaScript on purpose: this guard must run on the machine's own Node (20 here) to say
// why the project's pinned Node is missing, before any TypeScript script fails obscurely.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(
		`Node ${process.versions.node} est trop ancien : ce projet a besoin de Node >= 22.12.\n` +
			'Le paquet « node » du projet aurait dû être installé par « npm ci » (node_modules/.bin/node).\n' +
			'Relancez « npm ci » et vérifiez qu’aucun script d’installation n’a été ignoré.',
	);
	process.exit(1);
}
