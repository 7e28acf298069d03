import { FIELD } from '../schemas/fields.ts';
import { typeset } from '../model/text/typography.ts';

/**
 * Every string a reader sees that does not come from content: one place to proofread. Written
 * with ordinary spaces for legibility; `typeset` adds French typography (no-break spaces before
 * « : ; ! ? », inside « », apostrophes) to every string and to every sentence a function builds.
 */
export const fr = typeset({
	site: {
		titre: 'Repenser les actions de la ville au prisme de la santé mentale',
		sousTitre: 'Exemples d’actions des Villes-Santé',
		editeur: 'Réseau français Villes-Santé',
		editeurCourt: 'RfVS',
		description:
			'Comment une ville ou une intercommunalité peut agir pour la santé mentale : le guide du Réseau français Villes-Santé et les fiches-actions des villes.',
		lienEvitement: 'Aller au contenu',
		accueil: 'Accueil',
		sommaire: 'Sommaire du guide',
		ouvrirSommaire: 'Sommaire',
		fermerSommaire: 'Fermer le sommaire',
		navigationPrincipale: 'Navigation principale',
		fil: 'Fil d’Ariane',
		pied: 'Pied de page',
		soutien: 'Avec le soutien de la Direction générale de la santé et de Santé publique France.',
	},
	accueil: {
		lede: 'Comment une ville ou une intercommunalité peut agir pour la santé mentale de ses habitants : ce que l’on sait, ce que les villes peuvent faire, et les actions qu’elles ont menées.',
		chiffres: (fiches: number, villes: number) =>
			`${fiches} fiches-actions de ${villes} villes et intercommunalités du réseau.`,
		lireChapitre: (titre: string) => `Lire le chapitre « ${titre} »`,
		/** What this edition holds: the chapters of the book it reproduces so far. */
		edition: (chapitres: readonly string[]) =>
			chapitres.length === 0
				? 'Cette édition en ligne présente les parties du guide à partir des documents du réseau, avec les fiches-actions des villes.'
				: `Cette édition en ligne reprend pour l’instant ${chapitres.length === 1 ? 'un chapitre du guide' : `${chapitres.length} chapitres du guide`} : ${chapitres.map((t) => `« ${t} »`).join(', ')}. Les autres parties y sont présentées à partir des documents du réseau, avec les fiches-actions des villes.`,
		parcourir: 'Parcourir les fiches-actions',
		contribuer: 'Proposer une action de votre ville',
		parties: 'Les parties du guide',
		exemples: 'Exemples d’actions',
		entrees: 'Trouver une action',
		entreeVilles: 'les actions ville par ville ;',
		entreeDeterminants:
			'les actions selon les déterminants de la santé mentale sur lesquels elles agissent ;',
		entreeTypes: 'gouvernance, cadre de vie, mode de vie, discriminations, accès aux soins ;',
		entreePublics:
			'enfants, jeunes, personnes âgées, aidants, habitants des quartiers prioritaires… ;',
		entreeRecherche:
			'recherche libre avec filtres par public, partie, ville, déterminant, type et année.',
	},
	donnees: {
		titre: 'Données ouvertes',
		intro:
			'Les fiches-actions du guide sont publiées en données ouvertes, pour être réutilisées par les chercheurs, les réseaux et les collectivités.',
		csv: 'Toutes les fiches en CSV',
		csvDetail: (n: number) =>
			`${n} lignes, une par fiche ; encodage UTF-8 avec BOM et séparateur « ; », pour s’ouvrir directement dans un tableur ; les listes sont séparées par « ; ».`,
		json: 'Toutes les fiches en JSON',
		jsonDetail:
			'mêmes champs, avec pour chaque type et déterminant son code et son libellé, sous la clé « fiches », à côté de la source et de la licence.',
		schema: 'Schéma JSON de l’en-tête des fiches',
		schemaDetail: 'décrit les clés, les types et les vocabulaires du contrat des fiches-actions.',
		licenceTitre: 'Licence',
		licence: (licence: string) => `Licence de réutilisation : ${licence}.`,
		citation:
			'Citez la source : « Réseau français Villes-Santé, Repenser les actions de la ville au prisme de la santé mentale, 2025 ». Les coordonnées des personnes à contacter ne sont publiées qu’avec leur accord.',
		champsTitre: 'Les champs',
		champsIntro:
			'Les colonnes du fichier CSV ; le fichier JSON porte les mêmes informations, les listes y restant des listes.',
		formules:
			"Une cellule du fichier CSV qui commencerait par « = », « + », « - », « @ », une tabulation ou un retour chariot est précédée d’une apostrophe (« ' »), pour qu’aucun tableur ne la prenne pour une formule ; le fichier JSON garde le texte tel quel.",
		champsCaption: 'Colonnes du fichier fiches.csv',
		colonne: 'Colonne',
		contenu: 'Contenu',
	},
	erreur: {
		titre: 'Page introuvable',
		texte:
			'Cette adresse ne correspond à aucune page du guide. Elle a peut-être changé : essayez l’une de ces entrées.',
	},
	aPropos: {
		titre: 'À propos du guide',
		paragraphes: [
			'« Repenser les actions de la ville au prisme de la santé mentale. Exemples d’actions des Villes-Santé » est un ouvrage du Réseau français Villes-Santé, publié en 2025 avec le soutien de la Direction générale de la santé et de Santé publique France.',
			'Il restitue les échanges du groupe de travail « Villes et santé mentale », copiloté par les Villes de Lille et de Poitiers et le secrétariat du RfVS, reprend et illustre la note « Repenser les actions de la ville au prisme de la santé mentale » publiée en 2022, et présente comment une ville ou une intercommunalité peut agir pour la santé mentale.',
			'Les fiches-actions ont été rédigées par les villes et intercommunalités elles-mêmes : la plupart à partir du formulaire du recueil d’actions 2023, les autres à partir du webinaire du RfVS du 2 octobre 2025. Les fiches marquées « Texte provisoire » ont été préparées à partir des documents sources et attendent la relecture du réseau.',
		],
		reseauTitre: 'Le Réseau français Villes-Santé',
		reseau: 'Le site du réseau :',
		livreTitre: 'Le livre imprimé',
		// The 2025 webinar slides: « Accessible en format papier, à la commande (15€), auprès du RfVS ».
		livre:
			'Le guide existe aussi en livre imprimé, disponible à la commande (15 € en 2025) auprès du secrétariat du RfVS :',
		sourcesTitre: 'Sources de cette édition en ligne',
		sources: [
			'le recueil d’actions 2023 du RfVS (fiches-actions remplies par les villes) ;',
			'les diapositives et la synthèse du webinaire du RfVS du 2 octobre 2025 « Les villes et intercommunalités, acteurs clés du lien social » ;',
			'l’atelier « La prévention et la promotion de la santé mentale » du colloque national 2021 du RfVS.',
		],
	},
	accessibilite: {
		titre: 'Déclaration d’accessibilité',
		// RGAA: « non conforme » when no valid audit measures the criteria (no RGAA audit was done).
		mention: 'Accessibilité : non conforme',
		engagement:
			'Le Réseau français Villes-Santé s’engage à rendre son site internet accessible conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.',
		portee: (home: string) => `Cette déclaration d’accessibilité s’applique au site ${home}.`,
		etatTitre: 'État de conformité',
		etat: 'Ce site est non conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1 : aucun audit de conformité au RGAA, qui mesurerait le taux de critères respectés, n’a encore été réalisé. Les défauts relevés par les vérifications de l’équipe sont décrits ci-dessous.',
		resultatsTitre: 'Résultats des tests',
		resultatsIntro:
			'En l’absence d’audit RGAA, voici les vérifications faites par l’équipe qui développe le site, et leurs résultats tels que mesurés :',
		resultats: [
			'axe-core 4.14 (règles WCAG 2.0, 2.1 et 2.2, niveaux A et AA, et bonnes pratiques) dans Chromium, sur toutes les pages du site, à 375 pixels de large : aucune erreur ;',
			'le même contrôle à 1 280 pixels de large : une erreur sur 18 pages de fiches-actions sur 95, « la zone qui défile doit être accessible au clavier » (règle scrollable-region-focusable) ; aucune erreur sur les autres pages ;',
			'le même contrôle à 320 pixels de large, sans défilement horizontal, refait à chaque modification du site ;',
			'html-validate 10 (HTML conforme et structure du document) sur toutes les pages, à chaque modification : aucune erreur ;',
			'navigation au clavier seul (touche Tab) sur l’accueil, une partie, une fiche, la recherche, cette déclaration et les mentions légales, à 375 et à 1 280 pixels : le premier arrêt est le lien d’évitement « Aller au contenu », chaque élément atteint porte un contour visible, aucun piège ; à 375 pixels, sur la recherche, deux éléments (le bouton « Effacer les filtres » et un lien du pied de page) ne sont pas dans la partie visible de l’écran quand ils reçoivent le focus ;',
			'tous les liens et ancres internes mènent à une page existante.',
		],
		nonConformesTitre: 'Contenus non accessibles',
		nonConformes: [
			'Non-conformités relevées par les vérifications ci-dessus, à corriger : sur écran large, dans 18 pages de fiches-actions, le sommaire du guide en marge défile sans pouvoir être atteint au clavier ; sur la recherche, sur petit écran, deux éléments reçoivent le focus hors de la partie visible.',
			'Ces vérifications ne couvrent qu’une partie des critères du RGAA : la lecture avec un lecteur d’écran, la pertinence des textes alternatifs et la compréhension des contenus n’ont pas été vérifiées par des personnes.',
			'Les PDF de l’édition imprimable sont étiquetés (« Tagged PDF », langue déclarée) mais n’ont pas été audités ; chaque partie et chaque fiche est aussi publiée en page web.',
		],
		etablissementTitre: 'Établissement de cette déclaration',
		date: (declaration: string, audit: string) =>
			`Cette déclaration a été établie le ${declaration}. Les vérifications décrites ci-dessus ont été menées le ${audit}.`,
		technologiesTitre: 'Technologies utilisées pour la réalisation du site',
		technologies: 'HTML5, CSS, JavaScript (pour la recherche seulement), SVG.',
		environnementTitre: 'Environnement de test et outils',
		environnement:
			'Chromium 156 (Debian) sans interface, piloté par Playwright ; axe-core ; html-validate ; clavier.',
		pagesTitre: 'Pages du site ayant fait l’objet de la vérification',
		pages: (n: number) =>
			`Les ${n} pages que comptait le site à la date des vérifications, toutes vérifiées : l’accueil, les parties et leurs chapitres, chaque fiche-action, les index par ville, déterminant et type de démarche, la recherche, les données ouvertes, les mentions légales, les données personnelles et cette déclaration.`,
		contactTitre: 'Retour d’information et contact',
		contact:
			'Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le Réseau français Villes-Santé pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme :',
		recoursTitre: 'Voies de recours',
		recours:
			'Cette procédure est à utiliser dans le cas suivant : vous avez signalé au responsable du site internet un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un des services du site et vous n’avez pas obtenu de réponse satisfaisante.',
		recoursVous: 'Vous pouvez :',
		recoursEcrire: 'Écrire un message au Défenseur des droits',
		recoursDelegue: 'Contacter le délégué du Défenseur des droits dans votre région',
		recoursCourrier:
			'Envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
	},
	mentionsLegales: {
		titre: 'Mentions légales',
		editeurTitre: 'Éditeur',
		// The address the RfVS gives in its 2025 webinar synthesis (sources/webinaire-2025-synthese.txt).
		editeur: [
			'Réseau français Villes-Santé (RfVS)',
			'Bâtiment Le Saphir – Espace santé Ambroise Croizat',
			'27 place Jean Normand, 35200 Rennes',
		],
		courriel: 'Courriel :',
		siteReseau: 'Site du réseau :',
		directeurTitre: 'Directeur ou directrice de la publication',
		hebergeurTitre: 'Hébergement',
		contenusTitre: 'Contenus',
		contenus:
			'Le guide « Repenser les actions de la ville au prisme de la santé mentale. Exemples d’actions des Villes-Santé » est un ouvrage du Réseau français Villes-Santé (2025). Les fiches-actions sont rédigées par les villes et intercommunalités du réseau, qui en restent responsables ; chaque fiche porte sa date et le nom de sa ville.',
		licenceGuide: 'Licence de réutilisation du guide : à confirmer par le RfVS.',
		licenceDonnees: 'La licence des données ouvertes est indiquée sur la page',
		realisationTitre: 'Réalisation',
		realisation:
			'Le site est produit à partir des fichiers du dépôt public du guide, où chacun peut proposer une correction :',
		autresTitre: 'Voir aussi',
	},
	donneesPersonnelles: {
		titre: 'Données personnelles',
		paragraphes: [
			'Ce site ne dépose aucun cookie et n’utilise aucun outil de mesure d’audience ni de suivi. Il ne charge rien depuis un autre site : textes, polices, images, scripts et index de recherche sont servis par le site lui-même.',
			'La recherche fonctionne dans votre navigateur : les mots que vous cherchez ne sont envoyés à aucun service ; seuls des morceaux de l’index de recherche sont téléchargés depuis ce site.',
			'Comme tout serveur web, l’hébergement du site (voir les mentions légales) peut garder des journaux techniques des connexions, comme l’adresse IP et la page demandée.',
			'Les fiches-actions peuvent nommer une personne à contacter dans la ville qui a mené l’action. Son nom, sa fonction et son adresse ne sont publiés, sur le site, dans les PDF et dans les données ouvertes, qu’avec son accord, donné au moment de proposer la fiche. Sans cet accord, ils ne figurent nulle part.',
		],
		droits:
			'Pour faire retirer ou corriger un contact publié, ou pour toute question sur vos données, écrivez au Réseau français Villes-Santé :',
	},
	/** /contribuer/: how a city proposes an action without GitHub or a terminal. */
	contribuer: {
		titre: 'Proposer une action',
		description:
			'Proposer une action de votre ville pour le guide du Réseau français Villes-Santé : formulaire Word, formulaire en ligne ou courriel à l’équipe éditoriale.',
		intro:
			'Votre ville ou votre intercommunalité a mené une action qui agit sur la santé mentale de ses habitants ? Décrivez-la : l’équipe du Réseau français Villes-Santé la relit et l’ajoute au guide.',
		suiteTitre: 'Ce que devient votre proposition',
		suite: [
			'vous décrivez l’action avec les questions du formulaire « Fiche-action » du réseau, par le formulaire Word, par le formulaire en ligne ou par un simple courriel ;',
			'l’équipe éditoriale du RfVS relit la fiche, vous écrit si une précision manque, et choisit avec vous la partie du guide où elle prend place ;',
			'la fiche est publiée dans le guide en ligne, dans la recherche, dans l’édition imprimable et dans les données ouvertes ;',
			'les coordonnées de la personne à contacter ne sont publiées qu’avec son accord explicite ; sans lui, elles restent connues de l’équipe seule.',
		],
		voiesTitre: 'Trois façons de proposer une action',
		word: {
			titre: 'Remplir le formulaire Word',
			texte:
				'Téléchargez le formulaire vierge, remplissez ce que vous savez dans Word ou LibreOffice (cochez les cases d’un clic), puis envoyez-le à l’équipe éditoriale.',
			lien: 'Télécharger le formulaire vierge',
			detail: 'document Word .docx',
		},
		enLigne: {
			titre: 'Remplir le formulaire en ligne',
			texte:
				'Le formulaire ci-dessous vérifie la fiche pendant que vous l’écrivez, peut reprendre un formulaire Word déjà rempli, puis vous la remet : fichier à télécharger, courriel ou proposition sur GitHub.',
			lien: 'Aller au formulaire en ligne',
		},
		courriel: {
			titre: 'Écrire à l’équipe éditoriale',
			texte: 'Une question, un document à joindre, une fiche à corriger : écrivez à',
			sujet:
				'Proposition d’une action pour le guide « Repenser les actions de la ville au prisme de la santé mentale »',
		},
		formulaireVierge: {
			intro: (email: string) => [
				'Réseau français Villes-Santé — Repenser les actions de la ville au prisme de la santé mentale',
				`Remplissez ce que vous savez de l’action, cochez les cases qui conviennent, puis renvoyez ce fichier au format .docx à ${email}. L’équipe éditoriale vous répondra et choisira avec vous la partie du guide où placer la fiche.`,
			],
		},
		formulaire: {
			titre: 'Formulaire en ligne',
			sansJs:
				'Le formulaire en ligne a besoin de JavaScript, qui semble désactivé. Téléchargez le formulaire Word ci-dessus ou écrivez à l’équipe éditoriale.',
			miseAJour: (titre: string) =>
				`Mise à jour de la fiche « ${titre} » : modifiez ce qui a changé, puis envoyez la fiche.`,
			miseAJourIntrouvable: (id: string) =>
				`La fiche « ${id} » est introuvable : le formulaire est vide, pour une nouvelle fiche.`,
			miseAJourContact:
				'Les coordonnées de contact non publiques ne sont pas reprises : indiquez-les à nouveau si elles ont changé.',
			obligatoire: 'obligatoire',
			importTitre: 'Reprendre un formulaire Word déjà rempli',
			importLabel: 'Importer un formulaire Word (.docx)',
			importAide:
				'Le formulaire « Fiche-action » du réseau, rempli dans Word ou LibreOffice. Ses réponses remplissent les champs ci-dessous ; rien n’est envoyé tant que vous ne le décidez pas.',
			importEnCours: 'Lecture du formulaire Word…',
			importFait: (nom: string) =>
				`Formulaire « ${nom} » importé. Complétez ce que le formulaire Word ne demande pas : la partie du guide, le chapitre s’il y a lieu et le résumé.`,
			importRemarques: 'À vérifier après l’import :',
			erreurs: {
				tropGros: (nom: string, taille: string) =>
					`« ${nom} » pèse ${taille} : un formulaire rempli pèse rarement plus de 10 Mo. Enregistrez-le sans les images (envoyez-les à part par courriel), puis importez-le à nouveau.`,
				ancienDoc: (nom: string) =>
					`« ${nom} » est un document Word ancien (.doc). Ouvrez-le dans Word ou LibreOffice, enregistrez-le au format .docx, puis importez ce nouveau fichier.`,
				pasWord: (nom: string) =>
					`« ${nom} » n’est pas un document Word .docx (une image, un PDF ?). Choisissez le formulaire rempli, au format .docx.`,
				illisible: (nom: string, raison: string) =>
					`« ${nom} » : ${raison}. Rien n’a été modifié dans le formulaire.`,
				pasLeFormulaire: (nom: string) =>
					`« ${nom} » est bien un document Word, mais pas le formulaire « Fiche-action » : aucune de ses réponses n’a été reconnue. Rien n’a été modifié ; téléchargez le formulaire vierge ou remplissez les champs ci-dessous.`,
				vide: 'Le fichier choisi est vide.',
			},
			groupes: {
				identite: 'L’action',
				liens: 'Pour aller plus loin',
				portage: 'Qui porte l’action',
				questions: 'Bilan de l’action',
			},
			consentement:
				'Cette personne accepte que ses coordonnées soient publiées avec la fiche (site, recherche, PDF, données ouvertes)',
			consentementAide:
				'Sans cette case, les coordonnées restent connues de l’équipe éditoriale seule.',
			imagesConservees: (n: number) =>
				n === 1
					? 'La fiche a 1 illustration, conservée telle quelle. Pour en ajouter, envoyez-les par courriel à l’équipe éditoriale.'
					: `La fiche a ${n} illustrations, conservées telles quelles. Pour en ajouter, envoyez-les par courriel à l’équipe éditoriale.`,
			illustrations:
				'Des photos ou des documents à joindre ? Envoyez-les par courriel à l’équipe éditoriale avec la fiche.',
			partieChoix: 'Choisissez une partie',
			chapitreAucun: 'Aucun chapitre',
			unParLigne: 'Un par ligne.',
			liensFormat:
				'Un lien par ligne : le titre, une barre verticale « | », puis l’adresse complète (https://…).',
			verification: 'Vérification de la fiche',
			valide: 'La fiche est complète et valide : vous pouvez l’envoyer.',
			problemes: (erreurs: number, avertissements: number) =>
				[
					erreurs === 0
						? ''
						: erreurs === 1
							? '1 erreur à corriger'
							: `${erreurs} erreurs à corriger`,
					avertissements === 0
						? ''
						: avertissements === 1
							? '1 avertissement'
							: `${avertissements} avertissements`,
				]
					.filter(Boolean)
					.join(', ') + ' :',
			identifiantPris: (id: string) =>
				`Une fiche porte déjà l’identifiant « ${id} » : si c’est la même action, ouvrez sa page et choisissez « Proposer une mise à jour » ; sinon, précisez le titre.`,
			apercu: 'Aperçu de la fiche',
			apercuVide: 'L’aperçu apparaît dès que le titre est écrit.',
			envoyerTitre: 'Envoyer la fiche',
			envoyerAide:
				'Choisissez une façon d’envoyer la fiche à l’équipe éditoriale. Rien n’est publié avant sa relecture.',
			telecharger: 'Télécharger la fiche (.md)',
			github: 'Proposer sur GitHub',
			githubAide:
				'Avec un compte GitHub : la fiche s’ouvre dans l’éditeur de GitHub, qui crée une demande de modification.',
			githubMiseAJour:
				'Avec un compte GitHub : l’éditeur de GitHub ouvre la fiche publiée ; remplacez son texte par celui du fichier téléchargé.',
			courriel: 'Envoyer par courriel',
			courrielAide: 'Ouvre votre messagerie avec la fiche dans le message.',
			courrielTropLong:
				'La fiche est trop longue pour un lien de courriel : téléchargez-la, puis joignez le fichier au message qui s’ouvre.',
			courrielCorps: (fichier: string) =>
				`Bonjour,\n\nVoici une fiche-action pour le guide. Le fichier ${fichier} est joint à ce message.\n\n`,
			courrielAvecFiche: (fichier: string, fiche: string) =>
				`Bonjour,\n\nVoici une fiche-action pour le guide (fichier ${fichier}) :\n\n${fiche}`,
			corrigezDabord: 'Corrigez d’abord les erreurs listées sous « Vérification de la fiche ».',
			supprimerLigne: 'La fiche a été téléchargée.',
		},
	},
	recherche: {
		label: 'Rechercher dans le guide',
		placeholder: 'logement, jeunes, QPV…',
		bouton: 'Rechercher',
		avancee: 'Recherche par filtres',
		titre: 'Rechercher une action',
		intro:
			'Cherchez dans les fiches-actions, les parties et les chapitres du guide, puis affinez avec les filtres. Sans texte, les filtres seuls parcourent toutes les fiches.',
		champ: 'Mots recherchés',
		filtres: 'Filtres',
		effacer: 'Effacer les filtres',
		facettes: {
			partie: FIELD.partie.label,
			ville: 'Ville ou intercommunalité',
			determinant: 'Déterminant de la santé mentale',
			type: 'Type de démarche',
			public: FIELD.publics.label,
			qpv: 'Quartiers politique de la Ville',
			annee: 'Année de la fiche',
		},
		qpvOui: 'QPV',
		qpvNon: 'Hors QPV',
		sansJs:
			'La recherche a besoin de JavaScript, qui semble désactivé. Vous pouvez parcourir toutes les fiches, les villes, les déterminants et les types de démarche :',
		chargement: 'Chargement de la recherche…',
		indisponible:
			'La recherche est momentanément indisponible. Parcourez les fiches par ville, déterminant ou type.',
		resultats: (n: number) =>
			n === 0 ? 'Aucun résultat' : n === 1 ? '1 résultat' : `${n} résultats`,
		aucunResultat: 'Aucune fiche ne correspond. Essayez d’autres mots ou retirez un filtre.',
		plus: 'Afficher plus de résultats',
		filtrer: 'Filtrer',
		filtresActifs: (n: number) => (n === 1 ? '1 actif' : `${n} actifs`),
		afficherAutres: (n: number) => (n === 1 ? 'Afficher l’autre' : `Afficher les ${n} autres`),
		afficherMoins: 'Afficher moins',
		voirResultats: 'Voir les résultats',
		listeResultats: 'Résultats de la recherche',
	},
	nav: {
		precedent: 'Précédent',
		suivant: 'Suivant',
		pagination: 'Pages précédente et suivante',
		fichesDeLaPartie: 'Fiches de cette partie',
		toutesLesFiches: 'Toutes les fiches',
		villes: 'Villes',
		determinants: 'Déterminants',
		types: 'Types de démarche',
		publics: 'Publics',
		donnees: 'Données ouvertes',
		accessibilite: 'Accessibilité : non conforme',
		mentionsLegales: 'Mentions légales',
		donneesPersonnelles: 'Données personnelles',
		aPropos: 'À propos du guide',
		contribuer: 'Proposer une action',
		pageCourante: 'page courante',
		toutes: (n: number) => `Voir les ${n} fiches`,
	},
	pdf: {
		livre: 'Télécharger l’édition imprimable',
		fiche: 'Télécharger cette fiche',
		partie: 'Télécharger cette partie',
		chapitre: 'Télécharger ce chapitre et ses fiches',
		details: (pages: number, taille: string) =>
			`PDF, ${pages} ${pages > 1 ? 'pages' : 'page'}, ${taille}`,
	},
	/** The acronyms of `content/glossaire.yml`, on the site and at the end of the book. */
	glossaire: {
		titre: 'Glossaire des sigles',
		intro:
			'Les sigles employés par les textes du guide, développés comme les écrivent les documents dont le guide est tiré. Sur chaque page, un sigle est expliqué à sa première apparition (survolez-le ou lisez-le avec un lecteur d’écran).',
		sigle: 'Sigle',
		developpement: 'Développement',
	},
	/** The last page of the book: where the guide lives on. */
	ouTrouver: {
		titre: 'Le guide en ligne',
		enLigne: 'Le guide en ligne, avec la recherche dans toutes les fiches-actions :',
		donnees: 'Les données ouvertes (fiches-actions en CSV et JSON) :',
		contribuer: 'Proposer une fiche-action ou une correction :',
	},
	/** « Ma sélection » (src/pages/selection, src/scripts/selection-*.ts). */
	selection: {
		titre: 'Ma sélection',
		lien: 'Ma sélection',
		compteur: 'fiches : ',
		ajouter: 'Ajouter à ma sélection',
		retirer: 'Retirer de ma sélection',
		/** `{titre}`, `{n}`: filled in by the browser. */
		annonceAjout: 'Fiche ajoutée à votre sélection : {titre}. Fiches sélectionnées : {n}.',
		annonceRetrait: 'Fiche retirée de votre sélection : {titre}. Fiches sélectionnées : {n}.',
		intro:
			'Les fiches-actions que vous avez ajoutées à votre sélection, à imprimer ensemble. La sélection reste dans ce navigateur : elle n’est envoyée nulle part.',
		sansJs:
			'Ma sélection a besoin de JavaScript, qui ne s’exécute pas dans ce navigateur. Chaque fiche reste téléchargeable en PDF depuis sa page.',
		vide: 'Votre sélection est vide. Ajoutez des fiches depuis leur page ou depuis les listes de fiches, avec le bouton « Ajouter à ma sélection ».',
		parcourir: 'Parcourir toutes les fiches',
		liste: 'Fiches sélectionnées',
		chargement: 'Chargement de la sélection…',
		erreurCatalogue:
			'La liste des fiches du guide n’a pas pu être chargée. Rechargez la page pour réessayer.',
		disparues: (n: number) =>
			n === 1
				? 'Une fiche de votre sélection n’est plus dans le guide ; elle a été retirée de la sélection :'
				: `${n} fiches de votre sélection ne sont plus dans le guide ; elles ont été retirées de la sélection :`,
		monter: 'Monter',
		descendre: 'Descendre',
		retirerFiche: 'Retirer',
		pages: (n: number) => (n === 1 ? '1 page' : `${n} pages`),
		telechargerPdf: 'Télécharger la sélection (PDF)',
		telechargerCsv: 'Télécharger la liste (CSV)',
		vider: 'Vider ma sélection',
		pdfEnCours: 'Assemblage du PDF…',
		pdfPret: (pages: number) => `PDF prêt : ${pages} pages.`,
		pdfErreur:
			'Le PDF n’a pas pu être assemblé. Vérifiez votre connexion et réessayez ; chaque fiche reste téléchargeable depuis sa page.',
		sansPdf:
			'Les PDF des fiches ne sont pas publiés sur ce site : seule la liste peut être téléchargée.',
		position: (titre: string, position: number, total: number) =>
			`${titre} : position ${position} sur ${total}.`,
		retiree: (titre: string, reste: number) =>
			`Fiche retirée : ${titre}. Fiches sélectionnées : ${reste}.`,
		videe: 'Sélection vidée.',
		/** The first page of the assembled PDF. */
		pdf: {
			titre: 'Ma sélection de fiches-actions',
			composee: (date: string) => `Sélection composée le ${date}`,
			fiches: 'Fiches',
			page: 'p.',
			enLigne: 'Guide en ligne',
			nomFichier: 'ma-selection-fiches-actions',
		},
	},
	partie: {
		numero: (n: number) => (n === 0 ? 'Introduction' : `Partie ${n}`),
		chapitres: 'Chapitres',
		chapitre: (n: number) => `Chapitre ${n}`,
		sommaireChapitre: 'Dans ce chapitre',
		fiches: 'Exemples d’actions',
		autresFiches: 'Autres exemples d’actions',
		aucuneFiche: 'Aucune fiche-action n’est encore rattachée à cette partie.',
	},
	/** The sheet page; field labels (identity box, chips) are in src/schemas/fields.ts. */
	fiche: {
		type: 'Fiche-action',
		identite: 'Carte d’identité de l’action',
		qpvOui: 'Oui',
		sommaire: 'Dans cette fiche',
		essentiel: 'L’essentiel',
		essentielLignes: {
			territoire: 'Territoire',
			periode: 'Période',
			budget: FIELD['budget.fonctionnement'].label,
			effets: 'Effets observés',
		},
		nonPrecise: 'non précisé dans la fiche',
		lireEffets: 'lire la section « Effets sur la santé mentale »',
		proches: 'Fiches proches',
		modifier: 'Proposer une mise à jour',
		citer: 'Citer cette fiche',
		lienSection: (titre: string) => `Lien vers la section « ${titre} »`,
	},
	statut: {
		brouillon: 'Texte provisoire, en attente de relecture',
		brouillonDetail:
			'Ce texte a été préparé à partir des documents sources et n’a pas encore été relu par le Réseau français Villes-Santé.',
	},
	index: {
		fiches: 'Toutes les fiches-actions',
		fichesIntro: (n: number) => `${n} fiches-actions, classées par partie du guide.`,
		filtrer: 'Parcourir les fiches par',
		villes: 'Les villes et intercommunalités',
		ville: (v: string) => `Fiches-actions : ${v}`,
		determinants: 'Les déterminants de la santé mentale',
		determinant: (d: string) => `Déterminant : ${d}`,
		types: 'Les types de démarche',
		type: (t: string) => `Type de démarche : ${t}`,
		publics: 'Les publics des actions',
		publicsIntro:
			'À qui s’adressent les actions : les publics que le texte de chaque fiche-action nomme. Une fiche qui n’en nomme aucun n’apparaît pas ici ; une fiche peut en nommer plusieurs.',
		public: (p: string) => `Public : ${p}`,
		villeDescription: (v: string) =>
			`Les fiches-actions de ${v} dans le guide du Réseau français Villes-Santé.`,
		determinantDescription: (d: string) =>
			`Les actions des Villes-Santé qui agissent sur ce déterminant de la santé mentale : ${d}.`,
		typeDescription: (t: string) => `Les actions des Villes-Santé de ce type de démarche : ${t}.`,
		publicDescription: (p: string) =>
			`Les actions des Villes-Santé qui s’adressent à ce public : ${p}.`,
		nbFiches: (n: number) => (n === 0 ? 'aucune fiche' : n === 1 ? '1 fiche' : `${n} fiches`),
	},
	/** The print edition (scripts/export-pdf.ts): cover, colophon, contents, indexes. */
	pdfLivre: {
		/** « Édition de novembre 2026 », « Édition d’octobre 2025 ». */
		edition: (mois: string) => `Édition ${/^[aeiouyàâéèêh]/i.test(mois) ? 'd’' : 'de '}${mois}`,
		sommaire: 'Sommaire',
		ficheAction: (partie: number) => `Fiche-action · Partie ${partie}`,
		indexVilles: 'Index des villes et intercommunalités',
		indexDeterminants: 'Index des déterminants de la santé mentale',
		source: 'Source',
		versionEnLigne: 'Version en ligne',
		ficheComplete: 'Fiche complète en ligne et en PDF',
		colophon: {
			editeur: 'Éditeur : Réseau français Villes-Santé (RfVS).',
			fiches:
				'Les fiches-actions ont été rédigées par les villes et intercommunalités du réseau, à partir du formulaire du recueil d’actions du RfVS ; chaque fiche indique sa ville et sa date de rédaction.',
			brouillons:
				'Les textes marqués « Texte provisoire » ont été préparés à partir des documents sources et attendent la relecture du réseau.',
			fichesEnBref: (fiches: number, max: number) =>
				`Au-delà de ${max} fiches-actions, le livre les présente en bref pour rester imprimable en un volume : chacune des ${fiches.toLocaleString('fr-FR')} fiches est complète en ligne et dans son propre PDF.`,
			licence: 'Licence : à confirmer par le RfVS.',
			composition:
				'Composé en Source Sans 3 (SIL Open Font License) à partir des fichiers du guide en ligne.',
		},
		motsCles: [
			'santé mentale',
			'Villes-Santé',
			'collectivités territoriales',
			'fiches-actions',
			'promotion de la santé',
		],
	},
	/** Social cards (src/cards): the image a link preview shows for a page. */
	cartes: {
		accueil: 'Guide en ligne',
		fiche: (partie: string) => `Fiche-action · ${partie}`,
	},
	/** Charts, the determinant × part table and the map of cities (src/components/charts). */
	graphiques: {
		titre: 'Le guide en un coup d’œil',
		parPartie: 'Nombre de fiches-actions par partie du guide',
		parDeterminant: 'Nombre de fiches-actions par déterminant de la santé mentale',
		plusieursDeterminants:
			'Une fiche peut agir sur plusieurs déterminants : la somme des barres dépasse le nombre de fiches.',
		voirDonnees: 'Voir les données',
		colonnePartie: FIELD.partie.label,
		colonneDeterminant: 'Déterminant',
		colonneFiches: 'Fiches',
		valeur: (label: string, n: number) => `${label} : ${n} ${n > 1 ? 'fiches' : 'fiche'}`,
		matrice: {
			titre: 'Déterminants et parties du guide',
			intro:
				'Pour chaque déterminant, le nombre de fiches-actions de chaque partie du guide qui agissent sur lui ; plus la case est foncée, plus les fiches sont nombreuses. Chaque nombre mène aux fiches correspondantes.',
			caption: 'Nombre de fiches-actions par déterminant et par partie du guide',
			total: 'Total',
			cellule: (determinant: string, partie: number) =>
				` fiches « ${determinant} » dans la partie ${partie}`,
			aucune: 'aucune fiche',
			legende: 'Les parties du guide',
		},
		carte: {
			titre: 'Les villes et intercommunalités des fiches-actions',
			resume: (villes: number) =>
				`Carte de France des ${villes} villes et intercommunalités qui ont décrit leurs actions`,
			lecture:
				'Chaque disque est une ville ou une intercommunalité, avec son nombre de fiches ; un lien mène à ses fiches. Les disques trop proches sont légèrement écartés, un trait les relie à leur emplacement.',
			listeSuit: 'La liste ci-dessous reprend toutes les villes de la carte.',
			voir: 'Voir la carte et la liste des villes',
			source: 'Fond de carte : Natural Earth, domaine public.',
			sansCoordonnees: (villes: string) => `Absentes de la carte faute de coordonnées : ${villes}.`,
		},
	},
} as const);

/** « 1,2 Mo », « 850 ko » */
export function formatBytes(bytes: number): string {
	const format = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
	return bytes >= 1_000_000
		? `${format(bytes / 1_000_000)} Mo`
		: `${format(Math.max(1, Math.round(bytes / 1000)))} ko`;
}
