# psf-apply : français (fr), traduit de en.ftl (l'anglais, généré depuis le source).
# Vouvoiement, français international (France, Canada, Afrique francophone).
# Mêmes identifiants, même ordre et mêmes regroupements que en.ftl ; gardez chaque { $variable }.

ack-community-led-mentions = Je reconnais que les exposés, les sessions d'atelier, les stands ou tout autre élément de l'événement ou de l'initiative peuvent librement mentionner, promouvoir ou évoquer la PSF, à condition d'être clairement identifiés comme étant menés par la communauté.
ack-no-endorsement = Je reconnais que le partenariat Community Partner de la PSF demandé au moyen de ce formulaire n'approuve explicitement aucune action, aucun élément ni aucune partie particulière de l'événement ou de l'initiative.
ack-no-official-sessions = Je reconnais que le partenariat Community Partner de la PSF demandé au moyen de ce formulaire ne donne pas aux événements ou aux initiatives le droit d'organiser des exposés, des sessions d'atelier, des stands ou tout autre élément d'événement ou d'initiative en les faisant passer pour une partie officielle de la PSF.
ack-not-official = Je reconnais que le partenariat Community Partner de la PSF demandé au moyen de ce formulaire ne fait pas de l'événement ou de l'initiative une partie officielle ou juridique de la PSF, et qu'il constitue un moyen d'aider à soutenir l'événement ou l'initiative.
ack-reapply-on-change = Je reconnais que, si le partenariat Community Partner de la PSF demandé au moyen de ce formulaire concerne une initiative à long terme, je présenterai une nouvelle demande en cas de changement important des objectifs, de la raison d'être, de la mission ou de la direction de l'initiative.
ack-revocable = Je reconnais que le partenariat Community Partner de la PSF demandé au moyen de ce formulaire peut être révoqué par la PSF à tout moment en cas de présentation trompeuse, de mauvaise gestion du code de conduite ou de tout autre problème jugé inacceptable par la PSF. Dans ce cas, j'accepte le retrait du nom et du logo de la PSF ainsi que des mentions du partenariat Community Partner si une demande de retrait est faite.
ack-single-event-one-year = Je reconnais que le partenariat Community Partner de la PSF demandé au moyen de ce formulaire ne vaut que pour cet événement ou cette initiative en particulier, qu'il n'est pas transféré automatiquement aux éditions ou aux variantes futures de l'événement ou de l'initiative, et qu'il peut généralement être considéré comme valable pendant un an à compter de la date d'approbation.
ack-trademark = Je reconnais que l'événement ou l'initiative lié à cette demande respecte et continuera de respecter la politique d'utilisation des marques de la PSF (PSF Trademark Usage Policy), qui encadre notamment l'utilisation de « PyCon » et de « PyLadies ».

back-link-text = Retour

check-answers-agreed-heading = Ce que vous avez accepté
check-answers-blocked-heading = Vous ne pouvez pas encore envoyer votre demande
check-answers-blocked-status = ({ $status }) :
check-answers-change = Modifier
check-answers-consider-after = .
check-answers-consider-before = Si vous pensez que la PSF devrait quand même examiner votre demande, écrivez à{ " " }
check-answers-criteria-intro = Ces critères ne sont pas remplis, ou n'ont pas encore de réponse :
check-answers-declaration = En envoyant cette demande, vous confirmez qu'à votre connaissance, vos réponses sont exactes.
check-answers-eligibility-heading = Admissibilité
check-answers-line = { $line } : { $answers }
check-answers-percent = { $n } %
check-answers-problems-intro = Certaines réponses manquent ou doivent être modifiées :
check-answers-record-criterion = { $criterion } : { $status }
check-answers-revealed = { $option } : { $text }
check-answers-send-heading = Envoyez maintenant votre demande
check-answers-sending-button = Envoi en cours…
check-answers-sending-status = Envoi de votre demande en cours…
check-answers-submit-button = Envoyer la demande

checkbox-translation-lead = Traduction, à titre indicatif :

confirmation-agreed-heading = Ce que vous avez accepté
confirmation-apply-again-link = Faire une autre demande
confirmation-download-link = Télécharger une copie de votre demande (JSON)
confirmation-keep-heading = Gardez une copie
confirmation-next-heading = La suite
confirmation-none-after = .
confirmation-none-before = Aucune demande n'a été envoyée depuis cet onglet du navigateur. Si vous en avez envoyé une plus tôt, cherchez l'e-mail de la PSF, ou écrivez à{ " " }
confirmation-none-heading = Aucune demande à afficher
confirmation-none-start-link = Aller au début
confirmation-questions-after = .
confirmation-questions-before = Des questions ? Écrivez à{ " " }
confirmation-received = La PSF a bien reçu votre demande.
confirmation-record-eligibility = Admissibilité au moment de l'envoi
confirmation-record-title = Votre demande
confirmation-reference-label = Votre numéro de référence
confirmation-submitted = Vous avez envoyé votre demande pour le programme { $program } le { $date }.

continue-button-text = Continuer
continue-from-file-error-lead = Erreur :{ " " }
continue-from-file-heading = Reprendre à partir d'un fichier enregistré
continue-from-file-hint = Le fichier .json que vous avez créé avec « Enregistrer vos réponses dans un fichier », sur cet appareil ou sur un autre.
continue-from-file-keep = Garder mes réponses actuelles
continue-from-file-kept = Vos réponses n'ont pas changé.
continue-from-file-label = Choisissez votre fichier de réponses enregistrées
continue-from-file-replace = Les remplacer par les réponses du fichier
continue-from-file-replace-text = { $in_progress }. { $saved } Les réponses du fichier les remplaceraient.
continue-from-file-replace-title = Remplacer vos réponses pour le programme { $program } ?

cp-acknowledged-hint = Vous devez accepter les huit déclarations pour obtenir le statut Community Partner.
cp-acknowledged-label = Lisez chaque déclaration et cochez la case pour l'accepter
cp-acknowledged-lead = En envoyant ce formulaire, je reconnais que :
cp-acknowledged-option-community_led_mentions = les mentions de la PSF seront clairement présentées comme venant de la communauté
cp-acknowledged-option-no_endorsement = le partenariat n'approuve aucune partie de l'événement
cp-acknowledged-option-no_official_sessions = aucun exposé, aucune session ni aucun stand ne sera présenté comme faisant officiellement partie de la PSF
cp-acknowledged-option-not_official = le partenariat ne fait pas de l'événement une partie officielle ou juridique de la PSF
cp-acknowledged-option-reapply_on_change = je présenterai une nouvelle demande si une initiative à long terme change sensiblement
cp-acknowledged-option-revocable = la PSF peut révoquer le partenariat à tout moment
cp-acknowledged-option-single_event_one_year = le partenariat ne vaut que pour cet événement ou cette initiative et dure environ un an
cp-acknowledged-option-trademark = l'événement respecte la politique d'utilisation des marques de la PSF
cp-acknowledged-required = Cochez toutes les déclarations
cp-acknowledged-subject = Déclarations
cp-acknowledged-summary = Déclarations
cp-city-label = Ville
cp-city-required = Indiquez la ville
cp-city-subject = Ville
cp-city-summary = Ville
cp-coc_has_reporting-hint = Par exemple, une adresse e-mail ou un formulaire pour les signalements, et les personnes qui les lisent.
cp-coc_has_reporting-label = Le code de conduite indique-t-il comment signaler un problème et qui y répond ?
cp-coc_has_reporting-required = Sélectionnez oui si le code de conduite indique comment signaler un problème et qui y répond
cp-coc_has_reporting-subject = Signalements dans le code de conduite
cp-coc_has_reporting-summary = Le code de conduite explique comment signaler un problème
cp-code_of_conduct_url-hint = Par exemple, https://pycon.example.org/code-of-conduct
cp-code_of_conduct_url-label = Lien vers le code de conduite
cp-code_of_conduct_url-required = Indiquez le lien vers le code de conduite
cp-code_of_conduct_url-subject = Lien vers le code de conduite
cp-code_of_conduct_url-summary = Code de conduite
cp-country-label = Pays
cp-country-required = Indiquez le pays
cp-country-subject = Pays
cp-country-summary = Pays
cp-description-label = Brève description de l'événement ou de l'initiative
cp-description-required = Décrivez brièvement l'événement ou l'initiative
cp-description-subject = Description
cp-description-summary = Description
cp-email-hint = Nous l'utiliserons uniquement pour vous contacter au sujet de votre demande.
cp-email-label = Adresse e-mail
cp-email-required = Indiquez votre adresse e-mail
cp-email-subject = Adresse e-mail
cp-email-summary = Adresse e-mail
cp-event_date-hint = Par exemple, { $date }. Pour une initiative de longue durée, indiquez sa date de début.
cp-event_date-label = Quand a lieu l'événement ou l'initiative ?
cp-event_date-required = Indiquez la date de l'événement ou de l'initiative
cp-event_date-subject = Date de l'événement
cp-event_date-summary = Date
cp-event_type-label = De quel type d'événement ou d'initiative s'agit-il ?
cp-event_type-option-meetup = Meetup
cp-event_type-option-online_initiative = Initiative en ligne
cp-event_type-option-other = Autre
cp-event_type-option-other_conference = Conférence – autre
cp-event_type-option-pycon_conference = Conférence – PyCon
cp-event_type-option-pyladies_chapter = Section locale PyLadies
cp-event_type-option-sprint_or_hackathon = Sprint ou hackathon
cp-event_type-option-user_group = Groupe d'utilisateurs Python
cp-event_type-option-workshop = Atelier
cp-event_type-required = Sélectionnez le type d'événement ou d'initiative
cp-event_type-subject = Type d'événement ou d'initiative
cp-event_type-summary = Type
cp-event_type_other-label = Type d'événement ou d'initiative
cp-event_type_other-required = Indiquez le type d'événement ou d'initiative
cp-event_type_other-subject = Type d'événement ou d'initiative
cp-event_type_other-summary = Type (autre)
cp-expected_attendees-label = Nombre de participants attendus
cp-expected_attendees-required = Indiquez le nombre de participants attendus
cp-expected_attendees-subject = Nombre de participants attendus
cp-expected_attendees-summary = Participants attendus
cp-fact-1-detail = Le nom de la PSF associé à votre événement ou à votre initiative, pour l'aider à gagner en crédibilité et à attirer des sponsors, et le relais d'au plus deux de vos publications sur les réseaux sociaux. Ce partenariat ne comporte aucun financement.
cp-fact-1-term = Ce que vous obtenez
cp-fact-2-detail = Les PyCon régionales, les ateliers, les groupes Meetup, les organisations et les autres initiatives qui portent principalement sur Python, avec une page web bien établie et un code de conduite qui indique comment signaler un problème.
cp-fact-2-term = Qui peut en bénéficier
cp-fact-3-detail =
    Au moins { $min ->
        [one] { $min } semaine
       *[other] { $min } semaines
    } avant l'événement ({ $advised ->
        [one] { $advised } semaine
       *[other] { $advised } semaines
    } s'il s'agit de votre première demande), et pas plus de { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } avant.
cp-fact-3-term = Quand faire la demande
cp-fact-4-detail = Par e-mail, après examen par l'équipe de la PSF et par le Groupe de travail sur les subventions de la PSF.
cp-fact-4-term = Décision
cp-first_application-hint =
    Pour une première demande, il est conseillé de la présenter { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } avant l'événement.
cp-first_application-label = Est-ce votre première demande pour le programme Community Partner ?
cp-first_application-required = Sélectionnez oui s'il s'agit de votre première demande pour le programme Community Partner
cp-first_application-subject = Première demande
cp-first_application-summary = Première demande Community Partner
cp-first_name-label = Prénom
cp-first_name-required = Indiquez votre prénom
cp-first_name-subject = Prénom
cp-first_name-summary = Prénom
cp-last_name-label = Nom de famille
cp-last_name-required = Indiquez votre nom de famille
cp-last_name-subject = Nom de famille
cp-last_name-summary = Nom de famille
cp-name = Community Partner
cp-next-can-cfp = Annonces d'appels à propositions
cp-next-can-grants = Annonces d'aides au déplacement ou de bourses
cp-next-can-heading = Publications pouvant être relayées
cp-next-can-mission = Présentations de la mission
cp-next-can-save-the-date = Annonces de date (save the date)
cp-next-can-schedule = Annonces du programme de l'événement
cp-next-cannot-fundraisers = Collectes de fonds ou appels aux dons
cp-next-cannot-heading = Publications ne pouvant pas être relayées
cp-next-cannot-registration = Promotions d'inscriptions payantes
cp-next-cannot-revenue = Contenus liés à des achats ou à des recettes
cp-next-conduct = Les publications doivent être professionnelles et inclusives. Les contenus discriminatoires, sexualisés ou inappropriés de toute autre manière ne seront pas relayés.
cp-next-decision-after = . Si votre demande est acceptée, vous recevrez des informations sur l'utilisation du logo de la PSF, sur le relais de vos publications sur les réseaux sociaux et sur le compte rendu facultatif à faire après l'événement.
cp-next-decision-before = La décision est envoyée par e-mail à{ " " }
cp-next-reshare = Si vous êtes Community Partner, la PSF peut relayer jusqu'à deux de vos publications sur ses comptes de réseaux sociaux (LinkedIn, Bluesky, Mastodon et X), selon ses disponibilités et son calendrier.
cp-next-reshare-heading = Publications que la PSF peut relayer sur les réseaux sociaux
cp-next-review = L'équipe de la PSF fait un premier examen de votre demande et peut vous écrire pour vous poser des questions. Le Groupe de travail sur les subventions de la PSF l'examine ensuite ; dans certains cas, le conseil d'administration de la PSF est consulté.
cp-note-meetup_pro-after = .
cp-note-meetup_pro-before = S'agit-il d'un groupe sur Meetup.com ? La PSF peut aussi payer les frais Meetup du groupe par l'intermédiaire du programme{ " " }
cp-note-meetup_pro-link = Meetup Pro Network
cp-preview-heading = Vérifiez si votre événement peut obtenir le statut Community Partner
cp-preview-link-hidden = { " " }pour le programme Community Partner
cp-preview-note = La demande vous invite aussi à décrire l'événement (la PSF évalue son impact sur la communauté Python) et à accepter huit déclarations.
cp-python_percent-hint = Indiquez un nombre entier de 0 à 100.
cp-python_percent-label = Quel pourcentage approximatif de l'événement est lié à Python ?
cp-python_percent-required = Indiquez le pourcentage de l'événement qui est lié à Python
cp-python_percent-subject = Pourcentage
cp-python_percent-summary = Part liée à Python
cp-section-about = À propos
cp-section-web_and_coc = Pages web et code de conduite
cp-section-when = Quand
cp-section-where = Lieu et nombre de participants
cp-start-button = Commencer une demande Community Partner
cp-step-acknowledgements-heading = Déclarations
cp-step-acknowledgements-label = Déclarations
cp-step-applicant-heading = Vos coordonnées
cp-step-applicant-label = Vos coordonnées
cp-step-event-heading = Informations sur l'événement ou l'initiative
cp-step-event-label = Événement ou initiative
cp-title-hint = Par exemple, PyCon Jupiter.
cp-title-label = Titre de l'événement ou de l'initiative
cp-title-required = Indiquez le titre de l'événement ou de l'initiative
cp-title-subject = Titre
cp-title-summary = Titre
cp-website-hint = Son propre site web, ou sa page Meetup ou Luma. Par exemple, https://pycon.example.org
cp-website-label = Site web de l'événement ou de l'initiative
cp-website-required = Indiquez le site web de l'événement ou de l'initiative
cp-website-subject = Adresse du site web
cp-website-summary = Site web

date-field-day = Jour
date-field-month = Mois
date-field-year = Année

description-hint = Ce que c'est, à qui cela s'adresse et en quoi cela aide la communauté Python. { $max } caractères maximum.

draft-notice-continue = Reprendre là où vous en étiez
draft-notice-continue-hidden = dans votre demande pour le programme { $program }
draft-notice-start-again = Recommencer
draft-notice-start-again-hidden = (supprime vos réponses enregistrées pour le programme { $program })

eligibility-panel-criteria = Les critères ({ $count })
eligibility-panel-heading = Votre admissibilité
eligibility-panel-met = (critères remplis : { $met } sur { $total })
eligibility-panel-rule-lead = La règle :{ " " }

error-message-lead = Erreur :{ " " }
error-summary-title = Il y a un problème

format-date-at-time = { $date } à { $time }

gr-amount_requested-hint = En dollars américains entiers, par exemple 12500. Les demandes de plus de { $amount } sont aussi transmises au conseil d'administration de la PSF.
gr-amount_requested-label = Quel montant demandez-vous à la PSF ?
gr-amount_requested-required = Indiquez le montant que vous demandez à la PSF
gr-amount_requested-subject = Montant demandé
gr-amount_requested-summary = Montant demandé
gr-attendance-label = Où se déroule l'événement ?
gr-attendance-option-in_person = Sur place (ou en format hybride)
gr-attendance-option-online = En ligne uniquement
gr-attendance-required = Indiquez si l'événement a lieu sur place ou en ligne
gr-attendance-subject = Lieu de déroulement
gr-attendance-summary = Où
gr-budget-amount-hint = En dollars américains entiers, par exemple 4000.
gr-budget-amount-label = Montant
gr-budget-amount-required = Indiquez le montant en dollars américains entiers
gr-budget-amount-subject = Montant
gr-budget-amount-summary = Montant
gr-budget-category-label = Catégorie
gr-budget-category-option-accessibility = Accessibilité (sous-titrage, garde d'enfants, langue des signes)
gr-budget-category-option-audio_video = Audio, vidéo et diffusion en direct
gr-budget-category-option-food_and_drink = Repas et boissons
gr-budget-category-option-other = Autre
gr-budget-category-option-speaker_travel = Déplacements des intervenants
gr-budget-category-option-swag = Articles promotionnels (non financés)
gr-budget-category-option-travel_grants = Aides au déplacement ou bourses
gr-budget-category-option-venue = Lieu
gr-budget-category-required = Sélectionnez la catégorie de cette ligne
gr-budget-category-subject = Catégorie
gr-budget-category-summary = Catégorie
gr-budget-description-label = Objet de la dépense
gr-budget-description-required = Indiquez l'objet de la dépense
gr-budget-description-subject = Objet de la dépense
gr-budget-description-summary = Objet de la dépense
gr-budget-essential-label = Indispensable : l'événement ne peut pas s'en passer
gr-budget-essential-subject = Indispensable : l'événement ne peut pas s'en passer
gr-budget-essential-summary = Indispensable
gr-budget-hint = Une ligne par dépense que la subvention financerait, pour un total égal au montant demandé. La PSF peut accorder moins que ce que vous demandez : signalez donc ce dont l'événement ne peut pas se passer. Les subventions ne financent jamais d'articles promotionnels.
gr-budget-item = Ligne budgétaire
gr-budget-items = Lignes budgétaires
gr-budget-label = Que financerait la subvention ?
gr-budget-quote_url-hint = Une page ou un document que les évaluateurs peuvent ouvrir.
gr-budget-quote_url-label = Lien vers un devis ou une facture
gr-budget-quote_url-subject = Lien vers le devis ou la facture
gr-budget-quote_url-summary = Devis ou facture
gr-budget-required = Ajoutez au moins une ligne budgétaire
gr-budget-subject = Budget
gr-budget-summary = Budget
gr-city-label = Ville
gr-city-required = Indiquez la ville où a lieu l'événement
gr-city-subject = Ville
gr-city-summary = Ville
gr-coc_has_reporting-label = Le code de conduite indique-t-il comment signaler un problème et qui y répond ?
gr-coc_has_reporting-required = Sélectionnez oui si le code de conduite indique comment signaler un problème et qui y répond
gr-coc_has_reporting-subject = Signalements dans le code de conduite
gr-coc_has_reporting-summary = Le code de conduite indique comment signaler un problème
gr-code_of_conduct_url-label = Lien vers le code de conduite
gr-code_of_conduct_url-required = Indiquez le lien vers le code de conduite
gr-code_of_conduct_url-subject = Lien vers le code de conduite
gr-code_of_conduct_url-summary = Code de conduite
gr-country-label = Pays
gr-country-required = Indiquez le pays où a lieu l'événement
gr-country-subject = Pays
gr-country-summary = Pays
gr-description-label = Brève description
gr-description-required = Décrivez brièvement l'événement ou l'initiative
gr-description-subject = Description
gr-description-summary = Description
gr-email-hint = La PSF envoie sa décision et ses éventuelles questions à cette adresse.
gr-email-label = Adresse e-mail
gr-email-required = Indiquez votre adresse e-mail
gr-email-subject = Adresse e-mail
gr-email-summary = Adresse e-mail
gr-end_date-hint = Laissez ce champ vide pour un événement d'une seule journée.
gr-end_date-label = Quand se termine l'événement ou l'initiative ?
gr-end_date-subject = Date de fin
gr-end_date-summary = Date de fin
gr-event_type-label = De quel type d'événement ou d'initiative s'agit-il ?
gr-event_type-option-conference = Conférence
gr-event_type-option-initiative = Initiative ou projet
gr-event_type-option-meetup_series = Série de meetups
gr-event_type-option-sprint = Sprint
gr-event_type-option-workshop = Atelier
gr-event_type-required = Sélectionnez le type d'événement ou d'initiative
gr-event_type-subject = Type d'événement ou d'initiative
gr-event_type-summary = Type
gr-expected_attendees-hint = Votre meilleure estimation, en nombre entier.
gr-expected_attendees-label = Combien de participants attendez-vous ?
gr-expected_attendees-required = Indiquez le nombre de participants attendus
gr-expected_attendees-subject = Nombre de participants attendus
gr-expected_attendees-summary = Participants attendus
gr-fact-1-detail = Un financement pour un événement ou une initiative Python : conférence, atelier, sprint, série de meetups ou projet. La PSF complète d'autres financements ; elle ne finance pas un événement en entier, et jamais d'articles promotionnels.
gr-fact-1-term = Ce que vous obtenez
gr-fact-2-detail = Les événements et les initiatives qui portent principalement sur Python, avec un code de conduite qui indique comment signaler un problème, et un budget où chaque dépense figure sur sa propre ligne.
gr-fact-2-term = Qui peut en bénéficier
gr-fact-3-detail =
    Au moins { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } avant l'événement ; un délai de { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } ou plus est conseillé, surtout pour les demandes de plus de { $amount }.
gr-fact-3-term = Quand faire la demande
gr-fact-4-detail = Par e-mail, après examen par l'équipe de la PSF et par le Groupe de travail sur les subventions (au moins un mois) ; au-delà de { $amount }, le conseil d'administration de la PSF décide aussi.
gr-fact-4-term = Décision
gr-first_grant-label = Est-ce la première demande de subvention du groupe auprès de la PSF ?
gr-first_grant-required = Sélectionnez oui s'il s'agit de la première demande de subvention du groupe auprès de la PSF
gr-first_grant-subject = Première demande de subvention
gr-first_grant-summary = Première demande de subvention à la PSF
gr-first_name-label = Prénom
gr-first_name-required = Indiquez votre prénom
gr-first_name-subject = Prénom
gr-first_name-summary = Prénom
gr-group_name-hint = Par exemple, la PyCon ou le groupe d'utilisateurs qui organise l'événement.
gr-group_name-label = Nom du groupe organisateur
gr-group_name-required = Indiquez le nom du groupe organisateur
gr-group_name-subject = Nom du groupe
gr-group_name-summary = Groupe organisateur
gr-last_name-label = Nom de famille
gr-last_name-required = Indiquez votre nom de famille
gr-last_name-subject = Nom de famille
gr-last_name-summary = Nom de famille
gr-name = Subventions de la PSF
gr-next-board-after = , le Groupe de travail sur les subventions transmet votre demande, avec sa recommandation, au conseil d'administration de la PSF, qui se réunit tous les deux mois.
gr-next-board-before = Si vous avez demandé plus de{ " " }
gr-next-decision-after = . Une subvention peut être accordée pour un montant inférieur à celui que vous avez demandé.
gr-next-decision-before = La décision est envoyée par e-mail à{ " " }
gr-next-pre-review = L'équipe de la PSF fait un premier examen de votre demande et peut vous écrire pour vous poser des questions.
gr-next-work-group = Le Groupe de travail sur les subventions de la PSF l'examine ensuite : au moins une douzaine de personnes expérimentées dans l'organisation d'événements lisent chaque ligne du budget. Comptez au moins un mois.
gr-other_sources-amount-hint = En dollars américains entiers, par exemple 5000.
gr-other_sources-amount-label = Montant
gr-other_sources-amount-required = Indiquez le montant en dollars américains entiers
gr-other_sources-amount-subject = Montant
gr-other_sources-amount-summary = Montant
gr-other_sources-hint = Sponsors, billetterie, autres subventions : la PSF complète d'autres financements. Laissez cette partie vide s'il n'y en a pas.
gr-other_sources-item = Source
gr-other_sources-items = Sources
gr-other_sources-label = Qui d'autre finance l'événement ?
gr-other_sources-name-label = Sponsor ou source
gr-other_sources-name-required = Indiquez le nom du sponsor ou de la source
gr-other_sources-name-subject = Sponsor ou source
gr-other_sources-name-summary = Sponsor ou source
gr-other_sources-subject = Autres sources
gr-other_sources-summary = Autres sources
gr-preview-heading = Vérifiez si votre événement peut obtenir une subvention de la PSF
gr-preview-link-hidden = { " " }pour une subvention de la PSF
gr-preview-note = La demande comprend aussi un budget détaillé : une ligne par dépense, les dépenses indispensables signalées, et aucun article promotionnel.
gr-python_percent-hint = Indiquez un nombre entier de 0 à 100.
gr-python_percent-label = Quel pourcentage approximatif de l'événement porte sur Python ?
gr-python_percent-required = Indiquez le pourcentage de l'événement qui porte sur Python
gr-python_percent-subject = Pourcentage
gr-python_percent-summary = Part liée à Python
gr-section-about = À propos
gr-section-budget = Budget détaillé
gr-section-other_sources = Autres sponsors et sources
gr-section-request = Votre demande
gr-section-web_and_coc = Site web et code de conduite
gr-section-when_where = Date et lieu
gr-start-button = Commencer une demande de subvention
gr-start_date-hint = Par exemple, { $date }. Pour une initiative, indiquez le jour où elle commence.
gr-start_date-label = Quand commence l'événement ou l'initiative ?
gr-start_date-required = Indiquez la date de début de l'événement ou de l'initiative
gr-start_date-subject = Date de début
gr-start_date-summary = Date de début
gr-step-applicant-heading = Vos coordonnées
gr-step-applicant-label = Vos coordonnées
gr-step-event-heading = L'événement ou l'initiative
gr-step-event-label = Événement ou initiative
gr-step-money-heading = Le financement
gr-step-money-label = Financement
gr-title-label = Titre de l'événement ou de l'initiative
gr-title-required = Indiquez le titre de l'événement ou de l'initiative
gr-title-subject = Titre
gr-title-summary = Titre
gr-total_budget-hint = Tout ce que coûte l'événement, toutes sources confondues, en dollars américains entiers.
gr-total_budget-label = Quel est le budget total de l'événement ?
gr-total_budget-required = Indiquez le budget total de l'événement
gr-total_budget-subject = Budget total
gr-total_budget-summary = Budget total
gr-website-label = Site web de l'événement ou de l'initiative
gr-website-required = Indiquez le site web de l'événement ou de l'initiative
gr-website-subject = Site web
gr-website-summary = Site web

language-switcher-label = Langue

load-failed-body = Vérifiez votre connexion à internet, puis réessayez. Vos réponses sont toujours là.
load-failed-heading = Cette page n'a pas pu être chargée
load-failed-retry = Réessayer
load-loading = Chargement…

mp-city-label = Ville
mp-city-required = Indiquez la ville où le groupe se réunit
mp-city-subject = Ville
mp-city-summary = Ville
mp-coc_in_about-hint = Ouvrez la page Meetup de votre groupe et regardez sa section « À propos » (About).
mp-coc_in_about-label = Le code de conduite figure-t-il dans la section « À propos » de votre page Meetup, en entier ou sous forme de lien ?
mp-coc_in_about-required = Sélectionnez oui si le code de conduite figure dans la section « À propos » de votre page Meetup
mp-coc_in_about-subject = Code de conduite dans la section « À propos »
mp-coc_in_about-summary = Code de conduite dans la section « À propos »
mp-code_of_conduct_url-label = Lien vers le code de conduite du groupe
mp-code_of_conduct_url-required = Indiquez le lien vers le code de conduite du groupe
mp-code_of_conduct_url-subject = Lien vers le code de conduite
mp-code_of_conduct_url-summary = Code de conduite
mp-country-label = Pays
mp-country-required = Indiquez le pays où le groupe se réunit
mp-country-subject = Pays
mp-country-summary = Pays
mp-email-hint = La PSF envoie sa décision par e-mail. Utilisez l'adresse de votre compte psfmember.org si vous en avez un.
mp-email-label = Adresse e-mail
mp-email-required = Indiquez votre adresse e-mail
mp-email-subject = Adresse e-mail
mp-email-summary = Adresse e-mail
mp-events_last_12_months-hint = Comptez les événements en ligne et sur place.
mp-events_last_12_months-label = Combien d'événements le groupe a-t-il organisés au cours des 12 derniers mois ?
mp-events_last_12_months-required = Indiquez combien d'événements le groupe a organisés au cours des 12 derniers mois
mp-events_last_12_months-subject = Nombre d'événements
mp-events_last_12_months-summary = Événements des 12 derniers mois
mp-events_next_12_months-hint = Comptez les événements en ligne et sur place.
mp-events_next_12_months-label = Combien d'événements le groupe prévoit-il d'organiser au cours des 12 prochains mois ?
mp-events_next_12_months-required = Indiquez combien d'événements le groupe prévoit d'organiser au cours des 12 prochains mois
mp-events_next_12_months-subject = Nombre d'événements
mp-events_next_12_months-summary = Événements prévus dans les 12 prochains mois
mp-fact-1-detail = La PSF paie l'abonnement Meetup Pro de votre groupe (environ 15 dollars américains par mois) : les organisateurs n'ont plus à payer Meetup.
mp-fact-1-term = Ce que vous obtenez
mp-fact-2-detail =
    Les groupes Python sur Meetup.com dont le contenu porte principalement sur Python (la PSF demande au moins { $share }), qui ont un code de conduite dans la section « À propos » du groupe et qui organisent au moins { $events ->
        [one] { $events } événement
       *[other] { $events } événements
    } par an, en ligne ou sur place.
mp-fact-2-term = Qui peut en bénéficier
mp-fact-3-detail = À tout moment.
mp-fact-3-term = Quand faire la demande
mp-fact-4-detail =
    Par e-mail, généralement dans un délai de { $earliest } à { $latest ->
        [one] { $latest } jour ouvrable
       *[other] { $latest } jours ouvrables
    }.
mp-fact-4-term = Décision
mp-full_name-label = Nom complet
mp-full_name-required = Indiquez votre nom complet
mp-full_name-subject = Nom complet
mp-full_name-summary = Nom complet
mp-group_name-label = Nom du groupe Meetup
mp-group_name-required = Indiquez le nom du groupe Meetup
mp-group_name-subject = Nom du groupe
mp-group_name-summary = Nom du groupe
mp-meetup_url-hint = Par exemple, https://www.meetup.com/your-group-name/
mp-meetup_url-label = Adresse de la page Meetup du groupe
mp-meetup_url-required = Indiquez l'adresse de la page Meetup du groupe
mp-meetup_url-subject = Adresse de la page Meetup
mp-meetup_url-summary = Page Meetup
mp-name = Meetup Pro Network
mp-next-contact-after = . Si votre groupe est accepté, l'e-mail explique comment rejoindre le Meetup Pro Network de la PSF.
mp-next-contact-before = Un membre de l'équipe de la PSF peut vous écrire pour vous poser des questions. La décision est envoyée par e-mail à{ " " }
mp-next-decision-after = .
mp-next-decision-and = { " " }et le{ " " }
mp-next-decision-before =
    L'équipe de la PSF s'efforce d'examiner votre demande dans un délai de { $earliest } à { $latest ->
        [one] { $latest } jour ouvrable
       *[other] { $latest } jours ouvrables
    } : vous devriez recevoir de ses nouvelles entre le{ " " }
mp-preview-heading = Vérifiez si votre groupe Meetup peut rejoindre le Meetup Pro Network
mp-preview-link-hidden = { " " }pour le Meetup Pro Network
mp-preview-note = La PSF consulte aussi la page Meetup de votre groupe lorsqu'elle examine votre demande.
mp-python_percent-hint = Indiquez un nombre entier de 0 à 100. Le contenu peut inclure des sujets connexes, comme le réseautage ou les bases de l'apprentissage automatique.
mp-python_percent-label = Quel pourcentage approximatif du contenu du groupe porte sur Python ?
mp-python_percent-required = Indiquez le pourcentage du contenu du groupe qui porte sur Python
mp-python_percent-subject = Pourcentage
mp-python_percent-summary = Contenu sur Python
mp-role-hint = Par exemple, organisateur ou co-organisateur.
mp-role-label = Votre rôle dans le groupe
mp-role-required = Indiquez votre rôle dans le groupe
mp-role-subject = Rôle
mp-role-summary = Rôle dans le groupe
mp-section-code_of_conduct = Code de conduite
mp-section-events = Événements et contenu
mp-section-group = Le groupe
mp-start-button = Commencer une demande Meetup Pro Network
mp-step-applicant-heading = Vos coordonnées
mp-step-applicant-label = Vos coordonnées
mp-step-group-heading = Votre groupe Meetup
mp-step-group-label = Groupe Meetup

msg-add-another = Ajouter une autre { $item }
msg-add-first = Ajouter une { $item }
msg-add-reminder-for = Ajouter à votre agenda un rappel pour le { $date }
msg-advised-by = Date conseillée
msg-application-name = Demande : { $program }
msg-apply-by = Date limite
msg-apply-from = Ouverture des demandes
msg-board-note = Au-delà de { $amount } : après le Groupe de travail sur les subventions, c'est le conseil d'administration de la PSF qui décide. Il se réunit tous les deux mois : prévoyez un délai supplémentaire.
msg-box-unticked = Cochez la case pour accepter : { $gist }
msg-changed = { $rule } : { $status }.
msg-changed-verdict = { $verdict }.
msg-check-entered = Vérifiez ce que vous avez saisi dans le champ « { $subject } »
msg-check-the = Vérifiez le champ « { $subject } »
msg-checklist-all = Toutes acceptées ({ $total } sur { $total })
msg-checklist-some =
    { $ticked ->
        [one] { $ticked } acceptée sur { $total }
       *[other] { $ticked } acceptées sur { $total }
    }
msg-criterion-code-of-conduct = L'événement ou l'initiative doit avoir un code de conduite que l'on peut faire respecter, et qui indique comment signaler un problème.
msg-criterion-cp-acknowledgements = Vous devez accepter, en huit déclarations, les limites du statut Community Partner.
msg-criterion-cp-community-impact = L'événement ou l'initiative doit avoir un impact positif sur la communauté Python.
msg-criterion-cp-group-not-event = Les groupes qui organisent plusieurs événements par an font une seule demande pour l'ensemble du groupe.
msg-criterion-cp-python-share = L'événement ou l'initiative doit porter spécifiquement ou principalement sur Python.
msg-criterion-cp-web-page = L'événement ou l'initiative doit avoir une page web bien établie, comme son propre nom de domaine, une page Meetup ou une page Luma.
msg-criterion-cp-window =
    Faites votre demande au moins { $min ->
        [one] { $min } semaine
       *[other] { $min } semaines
    } avant l'événement ({ $advised ->
        [one] { $advised } semaine
       *[other] { $advised } semaines
    } s'il s'agit de votre première demande), et pas plus de { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } avant.
msg-criterion-gr-board-review = Les demandes de plus de { $amount } sont transmises au conseil d'administration de la PSF après le Groupe de travail sur les subventions.
msg-criterion-gr-budget-itemised = Chaque élément doit avoir son propre coût, directement lié à l'événement, et le total des lignes doit être égal au montant demandé.
msg-criterion-gr-essentials-marked = Signalez les dépenses indispensables : la PSF peut accorder moins que ce que vous demandez.
msg-criterion-gr-no-swag = Les subventions ne financent pas d'articles promotionnels.
msg-criterion-gr-other-sources = La PSF complète d'autres financements : il lui est utile de connaître les autres sources.
msg-criterion-gr-python-share = Plus de { $share } de l'événement ou de l'initiative doit porter sur Python.
msg-criterion-gr-request-within-budget = Le montant demandé ne peut pas dépasser le budget total de l'événement.
msg-criterion-gr-window =
    Faites votre demande au moins { $min ->
        [one] { $min } semaine
       *[other] { $min } semaines
    } avant l'événement ; un délai de { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } ou plus est conseillé.
msg-criterion-mp-code-of-conduct = La section « À propos » de la page Meetup du groupe doit contenir son code de conduite ou un lien vers celui-ci.
msg-criterion-mp-events-per-year =
    Le groupe doit organiser au moins { $min ->
        [one] { $min } événement
       *[other] { $min } événements
    } par an, en ligne ou sur place.
msg-criterion-mp-meetup-url = Le groupe doit être un groupe Meetup sur meetup.com.
msg-criterion-mp-python-share = Le contenu du groupe doit porter principalement sur Python. Les recommandations de la PSF pour les organisateurs demandent au moins { $guidance }.
msg-date-incomplete =
    Le champ « { $subject } » doit comporter { $missing ->
        [day] le jour
        [month] le mois
        [year] l'année
        [day-month] le jour et le mois
        [day-year] le jour et l'année
        [month-year] le mois et l'année
       *[all] le jour, le mois et l'année
    }
msg-date-invalid = Le champ « { $subject } » doit contenir une date valide, avec une année à 4 chiffres
msg-draft-in-progress = Vous avez une demande en cours pour le programme { $program }
msg-draft-saved = Vos réponses sont enregistrées dans ce navigateur.
msg-draft-saved-on = Vos réponses ont été enregistrées dans ce navigateur le { $when }.
msg-email-format = Indiquez une adresse e-mail au bon format, par exemple name@example.com
msg-end-before-start = Le champ « { $subject } » doit contenir une date identique ou postérieure à la date de début
msg-file-broken = Le fichier est une demande enregistrée pour le programme { $program }, mais il a été modifié ou endommagé et ne peut pas être lu. Choisissez une autre copie, ou indiquez de nouveau vos réponses.
msg-file-empty = Le fichier choisi est vide. Choisissez le fichier que vous avez enregistré depuis ce formulaire.
msg-file-newer-version = Le fichier a été enregistré par une version plus récente de ce formulaire : il ne peut donc pas être lu ici. Ouvrez le formulaire dans lequel vous l'avez enregistré, ou recommencez ici.
msg-file-not-json = Le fichier choisi n'est pas un fichier de réponses enregistrées. Choisissez le fichier .json que vous avez enregistré avec « Enregistrer vos réponses dans un fichier ».
msg-file-not-saved-answers = Le fichier choisi n'est pas un fichier de réponses enregistrées (une copie téléchargée d'une demande déjà envoyée ne peut pas être reprise). Choisissez le fichier que vous avez enregistré avec « Enregistrer vos réponses dans un fichier ».
msg-file-older-version = Le fichier a été enregistré par une ancienne version de ce formulaire, que celle-ci ne peut pas lire. Veuillez nous excuser : vous devrez indiquer de nouveau vos réponses.
msg-file-other-program = Le fichier contient une demande pour le programme { $program }, que ce formulaire ne prend pas en charge. Ouvrez le formulaire du programme { $program } pour la poursuivre.
msg-file-too-large = Le fichier choisi est trop volumineux pour être un fichier de réponses enregistrées (ceux-ci font moins de 1 Mo). Choisissez le fichier que vous avez enregistré depuis ce formulaire.
msg-file-unknown-program = Le fichier contient les réponses d'une demande que ce formulaire ne prend pas en charge.
msg-file-unreadable = Le fichier choisi n'a pas pu être lu. Essayez de le choisir de nouveau, ou enregistrez-le d'abord sur cet appareil.
msg-grant-window-advised-earlier =
    Dans les délais, mais il est conseillé de faire la demande { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } à l'avance, pour laisser au Groupe de travail sur les subventions le temps de l'examiner. Faites votre demande rapidement.
msg-grant-window-board-time-advice =
    Dans les délais, mais une demande de plus de { $amount } est transmise au conseil d'administration de la PSF, qui se réunit tous les deux mois et peut mettre jusqu'à deux mois pour l'examiner. Si vous le pouvez, faites votre demande { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } à l'avance.
msg-grant-window-in-window = Vous êtes largement dans les délais. Si vous le pouvez, faites votre demande au plus tard le { $advised_by } ; le dernier jour est le { $apply_by }.
msg-grant-window-started = Cette date est celle d'aujourd'hui ou elle est déjà passée : les subventions sont destinées aux événements qui n'ont pas encore commencé.
msg-grant-window-too-late =
    Trop tard pour cette date : le dernier jour pour faire la demande était le { $apply_by }, { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } avant l'événement.
msg-heading-check = Vérifiez vos réponses avant d'envoyer votre demande
msg-heading-confirmation = Demande envoyée
msg-heading-start = Faire une demande pour un programme communautaire de la PSF
msg-in-line = { $line } : { $problem }
msg-kept-not-saved = Ce navigateur ne peut pas enregistrer vos réponses : gardez cette page ouverte, ou téléchargez une copie ci-dessous.
msg-kept-offline-not-saved = Gardez cette page ouverte : ce navigateur ne peut pas enregistrer vos réponses. Votre demande sera envoyée dès que vous serez de nouveau en ligne.
msg-kept-offline-saved = Vos réponses sont enregistrées dans ce navigateur. Votre demande sera envoyée dès que vous serez de nouveau en ligne.
msg-kept-saved = Vos réponses sont enregistrées dans ce navigateur, et vous pouvez en télécharger une copie ci-dessous.
msg-line-added = { $line } ajoutée.
msg-line-name = { $item } { $n }
msg-line-removed =
    { $line } supprimée. { $left ->
        [0] Il ne reste plus de { $items }.
        [one] Il reste { $left } { $item }.
       *[other] Il reste { $left } { $items }.
    }
msg-lines-full =
    Vous avez ajouté { $max ->
        [one] { $max } { $item }
       *[other] { $max } { $items }
    }, le maximum accepté par ce formulaire.
msg-negative-amount = Le champ « { $subject } » doit contenir une valeur d'au moins { $min }, sans signe moins
msg-no = Non
msg-not-answered = Non renseigné
msg-not-answered-code-of-conduct = Indiquez le lien vers le code de conduite et précisez s'il explique comment signaler un problème.
msg-not-answered-cp-acknowledgements = Cochez les huit déclarations.
msg-not-answered-cp-community-impact = Décrivez l'événement ou l'initiative : la PSF évalue son impact sur la communauté Python.
msg-not-answered-cp-group-not-event = Choisissez le type d'événement ou d'initiative.
msg-not-answered-cp-python-share = Indiquez quelle part de l'événement est liée à Python.
msg-not-answered-cp-web-page = Indiquez le site web de l'événement ou de l'initiative.
msg-not-answered-cp-window = Indiquez la date de l'événement ou de l'initiative.
msg-not-answered-gr-board-review = Indiquez le montant demandé.
msg-not-answered-gr-budget-itemised = Indiquez le montant demandé, ainsi qu'un montant sur chaque ligne du budget.
msg-not-answered-gr-budget-lines = Ajoutez les lignes de votre budget.
msg-not-answered-gr-budget-total = Indiquez le montant demandé et le budget total de l'événement.
msg-not-answered-gr-python-share = Indiquez quelle part de l'événement porte sur Python.
msg-not-answered-gr-window = Indiquez la date de début de l'événement ou de l'initiative.
msg-not-answered-mp-code-of-conduct = Indiquez le lien vers le code de conduite et précisez s'il figure dans la section « À propos ».
msg-not-answered-mp-events-per-year = Indiquez combien d'événements le groupe a organisés et combien il en prévoit.
msg-not-answered-mp-meetup-url = Indiquez l'adresse de la page Meetup du groupe.
msg-not-answered-mp-python-share = Indiquez quelle part du contenu du groupe porte sur Python.
msg-not-found = Page introuvable
msg-not-known-yet = pas encore connue
msg-not-sent-busy = Le service de la PSF est surchargé. Réessayez dans quelques minutes.
msg-not-sent-busy-for =
    { $seconds ->
        [one] Le service de la PSF est surchargé. Réessayez dans { $seconds } seconde.
       *[other] Le service de la PSF est surchargé. Réessayez dans { $seconds } secondes.
    }
msg-not-sent-network = Votre demande n'a pas pu atteindre le service de la PSF. Vérifiez votre connexion, puis réessayez.
msg-not-sent-offline = Vous semblez être hors ligne. Vérifiez votre connexion, puis réessayez.
msg-not-sent-refused = Le service de la PSF a refusé la demande (erreur { $status }). Vos réponses sont conservées. Réessayez plus tard, ou écrivez à grants@python.org.
msg-not-sent-server = Le service de la PSF a rencontré un problème (erreur { $status }). Réessayez dans quelques minutes.
msg-not-sent-timeout = Le service de la PSF a mis trop de temps à répondre. Réessayez dans un instant.
msg-notice-acknowledgements-changed = Les déclarations ont changé depuis l'enregistrement de votre demande. Veuillez les lire et les cocher de nouveau.
msg-notice-draft-outdated = Une demande enregistrée avec une ancienne version de ce formulaire n'a pas pu être utilisée : elle a donc été supprimée. Veuillez nous excuser : vous devrez indiquer de nouveau vos réponses.
msg-notice-draft-unreadable = Une demande enregistrée dans ce navigateur pour le programme { $program } n'a pas pu être lue : elle a donc été supprimée. Veuillez nous excuser : vous devrez indiquer de nouveau vos réponses.
msg-notice-storage-failed = Vos dernières réponses n'ont pas pu être enregistrées dans ce navigateur (son espace de stockage est peut-être plein). Elles sont conservées tant que cette page reste ouverte : ne la fermez pas avant d'avoir envoyé votre demande.
msg-notice-storage-unavailable = Vos réponses ne peuvent pas être enregistrées dans ce navigateur (son espace de stockage est désactivé, bloqué ou plein). Elles ne sont conservées que tant que cette page reste ouverte.
msg-optional = (facultatif)
msg-post-call-for-proposals = Annonce d'appel à propositions
msg-post-fundraiser = Collecte de fonds ou appel aux dons
msg-post-mission-statement = Présentation de la mission
msg-post-other = Autre chose
msg-post-paid-registration = Promotion d'inscriptions payantes
msg-post-purchase = Contenu lié à des achats ou à des recettes
msg-post-save-the-date = Annonce de date (save the date)
msg-post-schedule-release = Annonce du programme de l'événement
msg-post-travel-grant = Annonce d'aides au déplacement ou de bourses
msg-quoted = « { $text } »
msg-range = La valeur du champ « { $subject } » doit être comprise entre { $min } et { $max }
msg-reason-acknowledgements-all = Vous les avez toutes acceptées.
msg-reason-acknowledgements-missing =
    { $missing ->
        [one] { $missing } déclaration sur { $total } n'est pas encore cochée. Vous devez toutes les accepter.
       *[other] { $missing } déclarations sur { $total } ne sont pas encore cochées. Vous devez toutes les accepter.
    }
msg-reason-acknowledgements-none = Aucune des { $total } déclarations n'est encore cochée. Vous devez toutes les accepter.
msg-reason-board-review = Au-delà de { $threshold } : après le Groupe de travail sur les subventions, c'est le conseil d'administration de la PSF qui décide. Le conseil se réunit tous les deux mois, ce qui allonge le délai.
msg-reason-budget-adds-up = Le total des lignes correspond au montant demandé, soit { $total }.
msg-reason-budget-mismatch = Le total des lignes est de { $total }, mais vous demandez { $requested }. Modifiez les lignes ou le montant demandé pour qu'ils correspondent.
msg-reason-code-of-conduct-in-about = Vous avez confirmé que le code de conduite figure dans la section « À propos » du groupe.
msg-reason-code-of-conduct-no-reporting = Le code de conduite doit indiquer comment signaler un problème et qui y répond. Ajoutez ces informations au code, puis répondez « Oui ».
msg-reason-code-of-conduct-not-in-about = Le code de conduite doit figurer, en entier ou sous forme de lien, dans la section « À propos » de la page Meetup du groupe. Ajoutez-le à cet endroit, puis répondez « Oui ».
msg-reason-code-of-conduct-with-reporting = Vous avez confirmé que le code de conduite indique comment signaler un problème et qui y répond.
msg-reason-community-impact = La PSF évalue ce critère à partir de votre description : ce formulaire ne peut pas en juger.
msg-reason-essentials-marked =
    { $count ->
        [one] { $count } ligne est signalée comme indispensable.
       *[other] { $count } lignes sont signalées comme indispensables.
    }
msg-reason-event-past = La date indiquée ({ $date }) est celle d'aujourd'hui ou elle est déjà passée. La PSF s'associe à des événements qui n'ont pas encore eu lieu : vérifiez la date.
msg-reason-events-held =
    { $held ->
        [one] { $held } événement
       *[other] { $held } événements
    } au cours des 12 derniers mois : il en faut au moins { $minimum } par an.
msg-reason-first-timer-advice =
    Dans les délais, mais pour une première demande, il est conseillé de la présenter { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } à l'avance, au plus tard le { $advised_by }. Faites votre demande dès que possible : le dernier jour est le { $apply_by }.
msg-reason-grant-advised-earlier =
    Dans les délais, mais il est conseillé de présenter les demandes { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } à l'avance, au plus tard le { $advised_by }, pour laisser au Groupe de travail sur les subventions le temps de les examiner. Le dernier jour est le { $apply_by }.
msg-reason-grant-board-time-advice =
    Dans les délais, mais une demande de plus de { $amount } est transmise au conseil d'administration de la PSF, qui se réunit tous les deux mois et peut mettre jusqu'à deux mois pour l'examiner. Il est conseillé de présenter les demandes { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } à l'avance, au plus tard le { $advised_by }. Le dernier jour est le { $apply_by }.
msg-reason-grant-in-window = Dans les délais : il est conseillé de faire la demande au plus tard le { $advised_by }, et le dernier jour est le { $apply_by }.
msg-reason-grant-too-late =
    Trop tard : les demandes de subvention doivent être envoyées au moins { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } avant l'événement. Le dernier jour était le { $last_day }.
msg-reason-group-applies-once = Les groupes Meetup, les groupes d'utilisateurs et les sections locales PyLadies font une seule demande pour l'ensemble du groupe, et non pour chaque événement. Assurez-vous que cette demande concerne le groupe.
msg-reason-gwg-decides = Jusqu'à { $threshold } : c'est le Groupe de travail sur les subventions qui décide.
msg-reason-in-window = Dans les délais : vous pouvez faire votre demande du { $apply_from } au { $apply_by }.
msg-reason-meetup-group = Il s'agit du groupe Meetup « { $group } ».
msg-reason-new-group-planned =
    Événements organisés jusqu'ici : { $held } ; prévus dans les 12 prochains mois : { $planned }. Vous pouvez faire une demande en tant que nouveau groupe : la PSF attendra au moins { $minimum ->
        [one] { $minimum } événement
       *[other] { $minimum } événements
    } par an.
msg-reason-no-essentials = Aucune ligne n'est signalée comme indispensable. La PSF peut accorder moins que ce que vous demandez : signalez les dépenses dont l'événement ne peut pas se passer.
msg-reason-no-other-sources = Aucun autre sponsor ni aucune autre source n'est indiqué. La PSF complète d'autres financements : indiquez les autres sources si vous en avez.
msg-reason-no-swag = Aucune ligne du budget ne concerne des articles promotionnels.
msg-reason-not-meetup-group = Il ne s'agit pas d'une page de groupe Meetup. Indiquez l'adresse du groupe sur meetup.com, par exemple https://www.meetup.com/your-group-name/.
msg-reason-other-sources-listed =
    { $count ->
        [one] { $count } autre source de financement est indiquée.
       *[other] { $count } autres sources de financement sont indiquées.
    }
msg-reason-python-share-below-guidance = { $share }, c'est une majorité : vous pouvez donc faire une demande, mais les recommandations de la PSF pour les organisateurs demandent au moins { $guidance } de contenu sur Python.
msg-reason-python-share-majority = Part liée à Python : { $share }, soit plus de { $threshold }.
msg-reason-python-share-meets-guidance = Contenu sur Python : { $share }, ce qui respecte la recommandation de la PSF d'au moins { $guidance }.
msg-reason-python-share-not-majority = { $share } ne suffit pas : plus de { $threshold } doit porter sur Python. Si une plus grande part du contenu porte sur Python que ce que vous avez indiqué, modifiez le pourcentage.
msg-reason-request-above-budget = Vous demandez { $requested }, soit plus que le budget total de l'événement ({ $total }). Vérifiez les deux montants.
msg-reason-request-is-whole-budget = Vous demandez { $requested }, soit la totalité du budget. Une subvention de la PSF ne finance généralement pas un événement en entier : indiquez les autres sources de financement.
msg-reason-request-within-budget = { $requested } sur un budget total de { $total }.
msg-reason-single-event = Cette demande concerne uniquement cet événement ou cette initiative.
msg-reason-swag-line = La ligne budgétaire { $line } concerne des articles promotionnels, que la PSF ne finance jamais. Supprimez-la, ou affectez ce montant à une autre dépense.
msg-reason-swag-line-described = La ligne budgétaire { $line } (« { $description } ») concerne des articles promotionnels, que la PSF ne finance jamais. Supprimez-la, ou affectez ce montant à une autre dépense.
msg-reason-too-early =
    Trop tôt : les demandes ouvrent { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } avant l'événement. Vous pourrez faire votre demande à partir du { $opens }.
msg-reason-too-few-events =
    Événements organisés : { $held } ; prévus : { $planned }. Un groupe doit organiser au moins { $minimum ->
        [one] { $minimum } événement
       *[other] { $minimum } événements
    } par an. Prévoyez au moins { $minimum ->
        [one] { $minimum } événement
       *[other] { $minimum } événements
    }, puis faites votre demande.
msg-reason-too-late =
    Trop tard : les demandes doivent être envoyées au moins { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } avant l'événement. Le dernier jour pour faire la demande était le { $last_day }.
msg-reason-web-page-established =
    L'adresse est { $kind ->
        [meetup] une page Meetup
        [luma] une page Luma
        [social-media] un profil ou une publication sur les réseaux sociaux
        [link-shortener] un lien raccourci
        [file-sharing] un fichier ou un dossier partagé
       *[own-domain] un site web à part entière
    }, ce qui compte comme une page web bien établie.
msg-reason-web-page-weak =
    L'adresse ressemble à { $kind ->
        [meetup] une page Meetup
        [luma] une page Luma
        [own-domain] un site web à part entière
        [link-shortener] un lien raccourci
        [file-sharing] un fichier ou un dossier partagé
       *[social-media] un profil ou une publication sur les réseaux sociaux
    }. Vous pouvez quand même faire une demande, mais la PSF attend une page bien établie : le site web de l'événement, ou sa page Meetup ou Luma. Utilisez l'une de ces adresses si vous en avez une.
msg-receipt-clock-skew = La date ou l'heure de votre appareil semble incorrecte : les dates de votre demande n'ont donc pas pu être vérifiées. Réglez votre appareil sur la bonne date et la bonne heure, puis envoyez de nouveau votre demande.
msg-receipt-offset-out-of-range = Le fuseau horaire de votre appareil semble mal réglé : les dates de votre demande n'ont donc pas pu être vérifiées. Vérifiez le fuseau horaire de votre appareil, puis envoyez de nouveau votre demande.
msg-refused-answer = Vérifiez votre réponse à « { $question } » : le service de la PSF ne l'a pas acceptée
msg-refused-answer-detail = { $question } : { $detail }
msg-refused-application = Le service de la PSF n'a pas accepté la demande : { $detail }
msg-refused-application-no-details = Le service de la PSF n'a pas accepté la demande : aucune précision n'a été donnée
msg-refused-unmatched = Le service de la PSF a signalé un problème qui ne correspond à aucune question ({ $pointer }) : { $detail }
msg-refused-unmatched-no-details = Le service de la PSF a signalé un problème qui ne correspond à aucune question ({ $pointer }) : aucune précision n'a été donnée
msg-reminder-advised-by = La PSF conseille d'envoyer votre demande pour le programme { $program } au plus tard aujourd'hui, pour lui laisser le temps de l'examiner.
msg-reminder-advised-by-title = Programme { $program } : faites votre demande aujourd'hui
msg-reminder-apply-by = C'est aujourd'hui le dernier jour pour envoyer à temps votre demande pour le programme { $program }.
msg-reminder-apply-by-title = Programme { $program } : dernier jour pour faire votre demande
msg-reminder-decision-by = La PSF prévoit de se prononcer sur votre demande pour le programme { $program } au plus tard aujourd'hui. Si vous n'avez pas de nouvelles, écrivez à grants@python.org.
msg-reminder-decision-by-title = Programme { $program } : décision de la PSF attendue
msg-reminder-event-on = Votre événement a lieu le { $date }.
msg-reminder-for-advised-by = (date conseillée pour faire votre demande)
msg-reminder-for-apply-by = (dernier jour pour faire votre demande)
msg-reminder-for-decision-by = (date à laquelle une décision est attendue au plus tard)
msg-reminder-for-window-opens = (ouverture des demandes)
msg-reminder-window-opens =
    Les demandes pour le programme { $program } ouvrent aujourd'hui, { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } avant votre événement.
msg-reminder-window-opens-apply-by =
    Faites votre demande au moins { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } avant l'événement.
msg-reminder-window-opens-title = Programme { $program } : les demandes ouvrent aujourd'hui
msg-remove = Supprimer
msg-reshare-cues = Mots trouvés : { $found }. La PSF ne relaie pas les collectes de fonds, les promotions d'inscriptions payantes ni les ventes : retirez ces mots, ou attendez-vous à ce que la PSF décide.
msg-reshare-decided-by-psf = La PSF décidera
msg-reshare-eligible = Admissible : la PSF peut relayer cette publication
msg-reshare-fact-calendar = Le moment où une publication est relayée dépend du calendrier de la PSF sur les réseaux sociaux.
msg-reshare-fact-content = Les publications doivent être professionnelles et inclusives. Les contenus discriminatoires, sexualisés ou inappropriés de toute autre manière ne seront pas relayés.
msg-reshare-fact-most =
    La PSF relaie au maximum { $max ->
        [one] { $max } publication
       *[other] { $max } publications
    } par Community Partner, selon les disponibilités du Groupe de travail sur les subventions.
msg-reshare-intro = Si vous êtes Community Partner, la PSF peut relayer jusqu'à { $max } de vos publications sur ses comptes LinkedIn, Bluesky, Mastodon et X. Vérifiez une publication ici avant de demander à la PSF de la relayer.
msg-reshare-not-eligible = Non admissible : la PSF ne relaie pas ce type de publication
msg-reshare-reason-contradicted = Vous avez choisi « { $kind } », mais le texte ressemble à une publication que la PSF ne relaie pas : c'est donc la PSF qui décidera.
msg-reshare-reason-decided-by-psf = Ce type de publication ne figure sur aucune des deux listes de la PSF : c'est donc la PSF qui décide lorsque vous en faites la demande.
msg-reshare-reason-eligible = « { $kind } » fait partie des publications que la PSF relaie : annonces de date (save the date), présentations de la mission, annonces d'appels à propositions, annonces du programme de l'événement, et annonces d'aides au déplacement ou de bourses.
msg-reshare-reason-not-eligible = « { $kind } » fait partie des publications que la PSF ne relaie pas : collectes de fonds ou appels aux dons, promotions d'inscriptions payantes, et contenus liés à des achats ou à des recettes.
msg-rule-code-of-conduct = Un code de conduite avec une procédure de signalement claire
msg-rule-cp-acknowledgements = Les huit déclarations
msg-rule-cp-community-impact = Un impact positif sur la communauté Python
msg-rule-cp-group-not-event = Une demande par groupe ou par événement
msg-rule-cp-python-share = Principalement sur Python
msg-rule-cp-web-page = Une page web bien établie
msg-rule-gr-board-review = Qui décide
msg-rule-gr-budget-itemised = Un budget détaillé
msg-rule-gr-essentials-marked = Dépenses indispensables signalées
msg-rule-gr-no-swag = Aucun article promotionnel
msg-rule-gr-other-sources = Autres sources de financement
msg-rule-gr-python-share = Un événement Python
msg-rule-gr-request-within-budget = Le montant demandé fait partie du budget
msg-rule-mp-code-of-conduct = Code de conduite dans la section « À propos »
msg-rule-mp-events-per-year =
    Au moins { $min ->
        [one] { $min } événement
       *[other] { $min } événements
    } par an
msg-rule-mp-meetup-url = Un groupe Meetup
msg-rule-mp-python-share = Un contenu principalement sur Python
msg-rule-window = Une demande au bon moment
msg-status-fail = Non rempli
msg-status-fail-in-sentence = non rempli
msg-status-pass = Rempli
msg-status-pass-in-sentence = rempli
msg-status-unknown = Pas encore de réponse
msg-status-unknown-in-sentence = pas encore de réponse
msg-status-warn = Rempli, avec des conseils
msg-status-warn-in-sentence = rempli, avec des conseils
msg-step-check = Vérification et envoi
msg-step-of = Étape { $n } sur { $of }
msg-step-preview = Vérification de l'admissibilité
msg-step-start = Début
msg-step-submitted = Demande envoyée
msg-title = { $page } – { $application } – PSF
msg-title-check = Vérifiez vos réponses
msg-title-error = Erreur : { $title }
msg-title-no-program = { $page } – PSF
msg-too-long =
    Le champ « { $subject } » ne doit pas dépasser { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }
msg-too-long-no-limit = Le champ « { $subject } » est trop long
msg-too-many =
    Vous pouvez ajouter au maximum { $max ->
        [one] { $max } { $item }
       *[other] { $max } { $items }
    } : regroupez-en plusieurs
msg-total = Le total des lignes est de { $total }.
msg-total-exact = Le total des lignes est de { $total }. C'est exactement le { $against }.
msg-total-over = Le total des lignes est de { $total }. { $against } : { $amount }. Les lignes dépassent donc de { $gap } le montant que vous demandez.
msg-total-under = Le total des lignes est de { $total }. { $against } : { $amount }. Il reste donc { $gap } à répartir dans les lignes.
msg-verdict-eligible = Admissible
msg-verdict-eligible-with-advice = Admissible, avec des conseils
msg-verdict-incomplete = Pas encore terminé
msg-verdict-not-eligible = Non admissible avec ces réponses
msg-web-address-format = Indiquez une adresse au bon format dans le champ « { $subject } », par exemple { $example }
msg-whole-dollars = Indiquez un montant en dollars américains entiers dans le champ « { $subject } », par exemple { $example }
msg-whole-number = Le champ « { $subject } » doit contenir un nombre entier, par exemple { $example }
msg-window-advised-later =
    Dans les délais, mais pour une première demande, il est conseillé de la présenter { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } à l'avance, au plus tard le { $advised_by }. Faites votre demande rapidement.
msg-window-event-past = Cette date est celle d'aujourd'hui ou elle est déjà passée : la PSF s'associe à des événements qui n'ont pas encore eu lieu.
msg-window-in-window = Vous êtes dans les délais. Faites votre demande au plus tard le { $apply_by }.
msg-window-prompt = Indiquez la date complète pour savoir quand vous pouvez faire votre demande.
msg-window-too-early =
    Trop tôt : les demandes ouvrent { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    } avant l'événement, le { $apply_from }.
msg-window-too-late =
    Trop tard pour cette date : le dernier jour pour faire la demande était le { $apply_by }, { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } avant l'événement.
msg-yes = Oui

not-found-start-after = { " " }pour choisir un programme. Vos réponses enregistrées sont toujours là.
not-found-start-link = Aller au début
not-found-typed = Si vous avez saisi l'adresse web, vérifiez qu'elle est correcte.

preview-apply-button = Faire une demande avec ces réponses
preview-caption = Vérification de l'admissibilité
preview-lead = Répondez à ces questions pour savoir tout de suite si vous pouvez faire une demande, et quand. Nous ne vous demandons ici aucune information personnelle, et rien n'est enregistré ni envoyé.
preview-ready = Vous souhaitez continuer ? Vos réponses ici seront reprises dans la demande : vous n'aurez pas à les saisir deux fois.

print-button-text = Imprimer ou enregistrer en PDF

reshare-check-heading = La PSF relaiera-t-elle votre publication ?
reshare-check-kind = De quel type de publication s'agit-il ?
reshare-check-text = Texte de la publication (facultatif)
reshare-check-text-hint = Collez-le pour vérifier s'il contient des mots qui correspondent à des publications que la PSF ne relaie pas. Rien de ce que vous collez n'est enregistré ni envoyé.

save-to-file-after = { " " }pour continuer sur un autre appareil : ouvrez-y ce formulaire et choisissez « Reprendre à partir d'un fichier enregistré ».
save-to-file-link = Enregistrer vos réponses dans un fichier

start-check-eligibility-link = Vérifier d'abord l'admissibilité
start-lead = La Python Software Foundation soutient les communautés Python du monde entier. Choisissez le programme qui correspond à ce que vous organisez.
start-saved-note = Vos réponses sont enregistrées dans ce navigateur au fur et à mesure : vous pouvez donc revenir plus tard. Rien n'est envoyé à la PSF tant que vous n'avez pas envoyé votre demande.

step-indicator-label = Étapes – { $application }

storage-notices-dismiss = Fermer
storage-notices-dismiss-hidden = { " " }ce message

submit-problem-download = Télécharger une copie de votre demande (JSON)
submit-problem-no-endpoint-after = .
submit-problem-no-endpoint-before = Rien n'a été envoyé. Téléchargez votre demande et envoyez-la par e-mail à{ " " }
submit-problem-no-endpoint-title = Ce formulaire n'est pas relié à la PSF
submit-problem-not-sent-title = Votre demande n'a pas encore été envoyée
submit-problem-rejected-then = Modifiez ces réponses, puis envoyez de nouveau votre demande.
submit-problem-rejected-title = Le service de la PSF n'a pas pu accepter certaines réponses
submit-problem-retry = Réessayer

text-area-remaining =
    { $count ->
        [one] Il vous reste { $count } caractère
       *[other] Il vous reste { $count } caractères
    }
text-area-too-many =
    { $count ->
        [one] Vous avez { $count } caractère en trop
       *[other] Vous avez { $count } caractères en trop
    }
