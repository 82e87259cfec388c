# psf-apply: português do Brasil (pt-BR), tratamento "você".
# Traduzido de en.ftl (o catálogo em inglês, gerado a partir do código-fonte).
# Mantenha os mesmos ids, na mesma ordem e nos mesmos grupos de en.ftl,
# e todas as { $variáveis }. Plurais seguem o CLDR: one (0 e 1), many, other.

ack-community-led-mentions = Reconheço que palestras, sessões de workshop, estandes ou quaisquer outras atividades do evento ou da iniciativa podem mencionar, promover ou discutir a PSF, desde que fique bem definido que são conduzidos pela comunidade.
ack-no-endorsement = Reconheço que a parceria Community Partner da PSF solicitada por meio deste formulário não endossa explicitamente nenhuma ação, atividade ou parte específica do evento ou da iniciativa.
ack-no-official-sessions = Reconheço que a parceria Community Partner da PSF solicitada por meio deste formulário não confere a eventos ou iniciativas autoridade para realizar palestras, sessões de workshop, estandes ou quaisquer outras atividades do evento ou da iniciativa sob o pretexto de serem parte oficial da PSF.
ack-not-official = Reconheço que a parceria Community Partner da PSF solicitada por meio deste formulário não torna o evento ou a iniciativa parte oficial ou legal da PSF, e é um meio de ajudar a apoiar o evento ou a iniciativa.
ack-reapply-on-change = Reconheço que, se a parceria Community Partner da PSF solicitada por meio deste formulário for para uma iniciativa de longo prazo, farei uma nova solicitação caso haja qualquer mudança substancial nos objetivos, no propósito, na missão ou na liderança da iniciativa.
ack-revocable = Reconheço que a parceria Community Partner da PSF solicitada por meio deste formulário pode ser revogada pela PSF a qualquer momento por deturpação, aplicação inadequada do código de conduta ou qualquer outra questão considerada inaceitável pela PSF. Nesse caso, concordo com a remoção do nome e do logotipo da PSF e das menções à parceria Community Partner, se for feito um pedido de remoção.
ack-single-event-one-year = Reconheço que a parceria Community Partner da PSF solicitada por meio deste formulário está ativa apenas para este evento ou iniciativa em particular, não é transferida automaticamente para edições ou variantes futuras do evento ou da iniciativa e, em geral, pode ser considerada válida por um ano após a data de aprovação.
ack-trademark = Reconheço que o evento ou a iniciativa relacionados a esta solicitação seguem e continuarão seguindo a Política de Uso de Marcas Registradas da PSF (PSF Trademark Usage Policy), que inclui o uso de “PyCon” e “PyLadies”.

back-link-text = Voltar

check-answers-agreed-heading = Com o que você concordou
check-answers-blocked-heading = Você ainda não pode enviar
check-answers-blocked-status = ({ $status }):
check-answers-change = Alterar
check-answers-consider-after = .
check-answers-consider-before = Se você acha que a PSF ainda assim deveria considerar sua solicitação, envie um e-mail para{ " " }
check-answers-criteria-intro = Estes critérios não foram atendidos ou ainda não têm resposta:
check-answers-declaration = Ao enviar esta solicitação, você confirma que, até onde sabe, suas respostas estão corretas.
check-answers-eligibility-heading = Elegibilidade
check-answers-line = { $line }: { $answers }
check-answers-percent = { $n }%
check-answers-problems-intro = Algumas respostas estão faltando ou precisam ser alteradas:
check-answers-record-criterion = { $criterion }: { $status }
check-answers-revealed = { $option }: { $text }
check-answers-send-heading = Agora envie sua solicitação
check-answers-sending-button = Enviando…
check-answers-sending-status = Enviando sua solicitação…
check-answers-submit-button = Enviar solicitação

checkbox-translation-lead = Tradução, para ajudar:

confirmation-agreed-heading = Com o que você concordou
confirmation-apply-again-link = Fazer outra solicitação
confirmation-download-link = Baixar uma cópia da sua solicitação (JSON)
confirmation-keep-heading = Guarde uma cópia
confirmation-next-heading = O que acontece agora
confirmation-none-after = .
confirmation-none-before = Nenhuma solicitação foi enviada desta aba do navegador. Se você enviou uma antes, procure o e-mail da PSF ou escreva para{ " " }
confirmation-none-heading = Não há nenhuma solicitação para mostrar
confirmation-none-start-link = Ir para o início
confirmation-questions-after = .
confirmation-questions-before = Dúvidas? Envie um e-mail para{ " " }
confirmation-received = A PSF recebeu sua solicitação.
confirmation-record-eligibility = Elegibilidade no momento do envio
confirmation-record-title = Sua solicitação
confirmation-reference-label = Seu número de referência
confirmation-submitted = Você enviou sua solicitação de { $program }. Data do envio: { $date }.

continue-button-text = Continuar
continue-from-file-error-lead = Erro:{ " " }
continue-from-file-heading = Continuar a partir de um arquivo salvo
continue-from-file-hint = O arquivo .json que você criou com “Salvar suas respostas em um arquivo”, neste ou em outro dispositivo.
continue-from-file-keep = Manter minhas respostas atuais
continue-from-file-kept = Suas respostas não foram alteradas.
continue-from-file-label = Escolha o arquivo com suas respostas salvas
continue-from-file-replace = Substituí-las pelas respostas do arquivo
continue-from-file-replace-text = { $in_progress }. { $saved } As respostas do arquivo substituiriam as atuais.
continue-from-file-replace-title = Substituir suas respostas para { $program }?

cp-acknowledged-hint = Você precisa concordar com as oito para se tornar um Community Partner.
cp-acknowledged-label = Leia cada declaração e marque a caixa para concordar
cp-acknowledged-lead = Ao enviar este formulário, reconheço que:
cp-acknowledged-option-community_led_mentions = as menções à PSF serão claramente identificadas como conduzidas pela comunidade
cp-acknowledged-option-no_endorsement = a parceria não endossa nenhuma parte do evento
cp-acknowledged-option-no_official_sessions = nenhuma palestra, sessão ou estande será apresentado como parte oficial da PSF
cp-acknowledged-option-not_official = a parceria não torna o evento parte oficial ou legal da PSF
cp-acknowledged-option-reapply_on_change = uma nova solicitação será feita se uma iniciativa de longo prazo mudar substancialmente
cp-acknowledged-option-revocable = a PSF pode revogar a parceria a qualquer momento
cp-acknowledged-option-single_event_one_year = a parceria vale apenas para este evento ou iniciativa e dura cerca de um ano
cp-acknowledged-option-trademark = o evento segue a Política de Uso de Marcas Registradas da PSF
cp-acknowledged-required = Marque todas as declarações
cp-acknowledged-subject = Declarações
cp-acknowledged-summary = Declarações
cp-city-label = Cidade
cp-city-required = Informe a cidade
cp-city-subject = Cidade
cp-city-summary = Cidade
cp-coc_has_reporting-hint = Por exemplo, um endereço de e-mail ou formulário para relatos, e quem os lê.
cp-coc_has_reporting-label = O código de conduta diz como relatar um problema e quem responde?
cp-coc_has_reporting-required = Selecione sim se o código de conduta disser como relatar um problema e quem responde
cp-coc_has_reporting-subject = Relatos no código de conduta
cp-coc_has_reporting-summary = O código de conduta explica como relatar
cp-code_of_conduct_url-hint = Por exemplo, https://pycon.example.org/code-of-conduct
cp-code_of_conduct_url-label = Link para o código de conduta
cp-code_of_conduct_url-required = Informe o link para o código de conduta
cp-code_of_conduct_url-subject = Link do código de conduta
cp-code_of_conduct_url-summary = Código de conduta
cp-country-label = País
cp-country-required = Informe o país
cp-country-subject = País
cp-country-summary = País
cp-description-label = Breve descrição do evento ou da iniciativa
cp-description-required = Informe uma breve descrição do evento ou da iniciativa
cp-description-subject = Descrição
cp-description-summary = Descrição
cp-email-hint = Só usaremos este endereço para entrar em contato com você sobre sua solicitação.
cp-email-label = Endereço de e-mail
cp-email-required = Informe seu endereço de e-mail
cp-email-subject = Endereço de e-mail
cp-email-summary = Endereço de e-mail
cp-event_date-hint = Por exemplo, { $date }. Para uma iniciativa de longa duração, informe a data de início.
cp-event_date-label = Quando acontece o evento ou a iniciativa?
cp-event_date-required = Informe a data do evento ou da iniciativa
cp-event_date-subject = Data do evento
cp-event_date-summary = Data
cp-event_type-label = Que tipo de evento ou iniciativa é?
cp-event_type-option-meetup = Meetup
cp-event_type-option-online_initiative = Iniciativa on-line
cp-event_type-option-other = Outro
cp-event_type-option-other_conference = Conferência – outra
cp-event_type-option-pycon_conference = Conferência – PyCon
cp-event_type-option-pyladies_chapter = Capítulo PyLadies
cp-event_type-option-sprint_or_hackathon = Sprint ou hackathon
cp-event_type-option-user_group = Grupo de usuários de Python
cp-event_type-option-workshop = Workshop
cp-event_type-required = Selecione o tipo de evento ou iniciativa
cp-event_type-subject = Tipo de evento ou iniciativa
cp-event_type-summary = Tipo
cp-event_type_other-label = Tipo de evento ou iniciativa
cp-event_type_other-required = Informe o tipo de evento ou iniciativa
cp-event_type_other-subject = Tipo de evento ou iniciativa
cp-event_type_other-summary = Tipo (outro)
cp-expected_attendees-label = Número esperado de participantes
cp-expected_attendees-required = Informe o número esperado de participantes
cp-expected_attendees-subject = Número esperado de participantes
cp-expected_attendees-summary = Participantes esperados
cp-fact-1-detail = O nome da PSF associado ao seu evento ou iniciativa, para ajudar a ganhar credibilidade e atrair patrocinadores, e o compartilhamento de até duas das suas publicações em redes sociais. A parceria não envolve dinheiro.
cp-fact-1-term = O que você recebe
cp-fact-2-detail = PyCons regionais, workshops, Meetups, organizações e outras iniciativas que tratam principalmente de Python, com uma página na web estabelecida e um código de conduta que diga como relatar problemas.
cp-fact-2-term = Quem pode solicitar
cp-fact-3-detail =
    Pelo menos { $min ->
        [one] { $min } semana
       *[other] { $min } semanas
    } antes do evento ({ $advised ->
        [one] { $advised } semana
       *[other] { $advised } semanas
    } se for sua primeira solicitação) e no máximo { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } antes.
cp-fact-3-term = Quando solicitar
cp-fact-4-detail = Por e-mail, após análise da equipe da PSF e do Grants Work Group da PSF.
cp-fact-4-term = Decisão
cp-first_application-hint =
    Recomenda-se que quem solicita pela primeira vez faça isso { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } antes do evento.
cp-first_application-label = Esta é sua primeira solicitação de Community Partner?
cp-first_application-required = Selecione sim se esta for sua primeira solicitação de Community Partner
cp-first_application-subject = Primeira solicitação
cp-first_application-summary = Primeira solicitação de Community Partner
cp-first_name-label = Nome
cp-first_name-required = Informe seu nome
cp-first_name-subject = Nome
cp-first_name-summary = Nome
cp-last_name-label = Sobrenome
cp-last_name-required = Informe seu sobrenome
cp-last_name-subject = Sobrenome
cp-last_name-summary = Sobrenome
cp-name = Community Partner
cp-next-can-cfp = Anúncios de chamada de propostas
cp-next-can-grants = Anúncios de auxílio de viagem ou bolsa
cp-next-can-heading = Publicações que podem ser compartilhadas
cp-next-can-mission = Declarações de missão
cp-next-can-save-the-date = Save the date (reserve a data)
cp-next-can-schedule = Divulgação da programação
cp-next-cannot-fundraisers = Campanhas de arrecadação ou pedidos de doação
cp-next-cannot-heading = Publicações que não podem ser compartilhadas
cp-next-cannot-registration = Divulgação de inscrições pagas
cp-next-cannot-revenue = Conteúdo sobre compras ou receitas
cp-next-conduct = As publicações precisam ser profissionais e inclusivas. Conteúdo discriminatório, sexualizado ou inadequado de qualquer outra forma não será compartilhado.
cp-next-decision-after = . Se sua solicitação for aceita, você vai receber informações sobre o uso do logotipo da PSF, o compartilhamento em redes sociais e o relatório opcional após o evento.
cp-next-decision-before = A decisão é enviada por e-mail para{ " " }
cp-next-reshare = No programa Community Partner, a PSF pode compartilhar até duas das suas publicações nas redes sociais dela (LinkedIn, Bluesky, Mastodon e X), conforme a disponibilidade e o calendário da PSF.
cp-next-reshare-heading = Publicações em redes sociais que a PSF pode compartilhar
cp-next-review = A equipe da PSF fará uma análise prévia da sua solicitação e pode enviar e-mail com perguntas. Depois, o Grants Work Group da PSF analisa a solicitação; em alguns casos, o Conselho Diretor da PSF é consultado.
cp-note-meetup_pro-after = .
cp-note-meetup_pro-before = É um grupo no Meetup.com? A PSF também pode pagar as taxas do Meetup do grupo por meio da{ " " }
cp-note-meetup_pro-link = Meetup Pro Network
cp-preview-heading = Verifique se seu evento pode se tornar um Community Partner
cp-preview-link-hidden = { " " }para Community Partner
cp-preview-note = A solicitação também pede que você descreva o evento (a PSF avalia o impacto dele na comunidade Python) e que concorde com oito declarações.
cp-python_percent-hint = Informe um número inteiro de 0 a 100.
cp-python_percent-label = Que porcentagem aproximada do evento está relacionada a Python?
cp-python_percent-required = Informe a porcentagem do evento que está relacionada a Python
cp-python_percent-subject = Porcentagem
cp-python_percent-summary = Relacionado a Python
cp-section-about = Sobre o evento ou a iniciativa
cp-section-web_and_coc = Páginas na web e código de conduta
cp-section-when = Quando acontece
cp-section-where = Onde e quantas pessoas
cp-start-button = Iniciar uma solicitação de Community Partner
cp-step-acknowledgements-heading = Declarações
cp-step-acknowledgements-label = Declarações
cp-step-applicant-heading = Seus dados
cp-step-applicant-label = Seus dados
cp-step-event-heading = Dados do evento ou da iniciativa
cp-step-event-label = Evento ou iniciativa
cp-title-hint = Por exemplo, PyCon Jupiter.
cp-title-label = Título do evento ou da iniciativa
cp-title-required = Informe o título do evento ou da iniciativa
cp-title-subject = Título
cp-title-summary = Título
cp-website-hint = O site próprio, ou a página no Meetup ou no Luma. Por exemplo, https://pycon.example.org
cp-website-label = Site do evento ou da iniciativa
cp-website-required = Informe o site do evento ou da iniciativa
cp-website-subject = Endereço do site
cp-website-summary = Site

date-field-day = Dia
date-field-month = Mês
date-field-year = Ano

description-hint = O que é, para quem é e como ajuda a comunidade Python. Até { $max } caracteres.

draft-notice-continue = Continuar de onde você parou
draft-notice-continue-hidden = com sua solicitação de { $program }
draft-notice-start-again = Começar de novo
draft-notice-start-again-hidden = (apaga suas respostas salvas para { $program })

eligibility-panel-criteria = Os critérios ({ $count })
eligibility-panel-heading = Sua elegibilidade
eligibility-panel-met = ({ $met } de { $total } atendidos)
eligibility-panel-rule-lead = A regra:{ " " }

error-message-lead = Erro:{ " " }
error-summary-title = Há um problema

format-date-at-time = { $date } às { $time }

gr-amount_requested-hint = Em dólares americanos, sem centavos. Por exemplo, 12500. Pedidos acima de { $amount } também vão para o Conselho Diretor da PSF.
gr-amount_requested-label = Quanto você está pedindo à PSF?
gr-amount_requested-required = Informe o valor que você está pedindo à PSF
gr-amount_requested-subject = Valor solicitado
gr-amount_requested-summary = Valor solicitado
gr-attendance-label = Onde acontece?
gr-attendance-option-in_person = Presencial (ou híbrido)
gr-attendance-option-online = Somente on-line
gr-attendance-required = Selecione se o evento é presencial ou on-line
gr-attendance-subject = Onde acontece
gr-attendance-summary = Onde
gr-budget-amount-hint = Em dólares americanos, sem centavos. Por exemplo, 4000.
gr-budget-amount-label = Valor
gr-budget-amount-required = Informe o valor em dólares americanos, sem centavos
gr-budget-amount-subject = Valor
gr-budget-amount-summary = Valor
gr-budget-category-label = Categoria
gr-budget-category-option-accessibility = Acessibilidade (legendagem, cuidado infantil, língua de sinais)
gr-budget-category-option-audio_video = Áudio, vídeo e transmissão
gr-budget-category-option-food_and_drink = Alimentação e bebidas
gr-budget-category-option-other = Outra
gr-budget-category-option-speaker_travel = Viagem de palestrantes
gr-budget-category-option-swag = Brindes (não financiados)
gr-budget-category-option-travel_grants = Auxílios de viagem ou bolsas
gr-budget-category-option-venue = Local
gr-budget-category-required = Selecione a categoria desta despesa
gr-budget-category-subject = Categoria
gr-budget-category-summary = Categoria
gr-budget-description-label = O que será pago
gr-budget-description-required = Informe o que será pago com esta despesa
gr-budget-description-subject = O que será pago
gr-budget-description-summary = O que será pago
gr-budget-essential-label = Essencial: o evento não pode acontecer sem isso
gr-budget-essential-subject = Essencial: o evento não pode acontecer sem isso
gr-budget-essential-summary = Essencial
gr-budget-hint = Uma linha para cada despesa que o subsídio pagaria, somando ao todo o valor solicitado. A PSF pode aprovar menos do que você pede, então marque as despesas sem as quais o evento não pode acontecer. Os subsídios nunca cobrem brindes.
gr-budget-item = Despesa
gr-budget-items = Despesas
gr-budget-label = O que o subsídio pagaria?
gr-budget-quote_url-hint = Uma página ou um documento que os avaliadores possam abrir.
gr-budget-quote_url-label = Link para uma cotação ou fatura
gr-budget-quote_url-subject = Link da cotação ou fatura
gr-budget-quote_url-summary = Cotação ou fatura
gr-budget-required = Adicione pelo menos uma despesa
gr-budget-subject = Orçamento
gr-budget-summary = Orçamento
gr-city-label = Cidade
gr-city-required = Informe a cidade do evento
gr-city-subject = Cidade
gr-city-summary = Cidade
gr-coc_has_reporting-label = O código de conduta diz como relatar um problema e quem responde?
gr-coc_has_reporting-required = Selecione sim se o código de conduta disser como relatar um problema e quem responde
gr-coc_has_reporting-subject = Relatos no código de conduta
gr-coc_has_reporting-summary = O código de conduta diz como relatar
gr-code_of_conduct_url-label = Link para o código de conduta
gr-code_of_conduct_url-required = Informe o link para o código de conduta
gr-code_of_conduct_url-subject = Link do código de conduta
gr-code_of_conduct_url-summary = Código de conduta
gr-country-label = País
gr-country-required = Informe o país do evento
gr-country-subject = País
gr-country-summary = País
gr-description-label = Breve descrição
gr-description-required = Informe uma breve descrição do evento ou da iniciativa
gr-description-subject = Descrição
gr-description-summary = Descrição
gr-email-hint = A PSF envia a decisão e eventuais perguntas para este endereço.
gr-email-label = Endereço de e-mail
gr-email-required = Informe seu endereço de e-mail
gr-email-subject = Endereço de e-mail
gr-email-summary = Endereço de e-mail
gr-end_date-hint = Deixe em branco se o evento durar só um dia.
gr-end_date-label = Quando termina?
gr-end_date-subject = Data de término
gr-end_date-summary = Data de término
gr-event_type-label = Que tipo de evento ou iniciativa é?
gr-event_type-option-conference = Conferência
gr-event_type-option-initiative = Iniciativa ou projeto
gr-event_type-option-meetup_series = Série de meetups
gr-event_type-option-sprint = Sprint
gr-event_type-option-workshop = Workshop
gr-event_type-required = Selecione o tipo de evento ou iniciativa
gr-event_type-subject = Tipo de evento ou iniciativa
gr-event_type-summary = Tipo
gr-expected_attendees-hint = Sua melhor estimativa, em número inteiro.
gr-expected_attendees-label = Quantas pessoas você espera?
gr-expected_attendees-required = Informe o número esperado de participantes
gr-expected_attendees-subject = Número esperado de participantes
gr-expected_attendees-summary = Participantes esperados
gr-fact-1-detail = Dinheiro para um evento ou uma iniciativa de Python: uma conferência, um workshop, um sprint, uma série de meetups ou um projeto. A PSF complementa outros financiamentos; ela não paga um evento inteiro, e nunca paga brindes.
gr-fact-1-term = O que você recebe
gr-fact-2-detail = Eventos e iniciativas que tratam principalmente de Python, com um código de conduta que diga como relatar problemas e um orçamento em que cada custo seja uma despesa separada.
gr-fact-2-term = Quem pode solicitar
gr-fact-3-detail =
    Pelo menos { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } antes do evento; o recomendado é { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } ou mais, principalmente para pedidos acima de { $amount }.
gr-fact-3-term = Quando solicitar
gr-fact-4-detail = Por e-mail, após análise da equipe da PSF e do Grants Work Group (pelo menos um mês); acima de { $amount }, o Conselho Diretor da PSF também decide.
gr-fact-4-term = Decisão
gr-first_grant-label = Este é o primeiro pedido de subsídio da PSF feito pelo grupo?
gr-first_grant-required = Selecione sim se este for o primeiro pedido de subsídio da PSF feito pelo grupo
gr-first_grant-subject = Primeiro pedido de subsídio
gr-first_grant-summary = Primeiro pedido de subsídio da PSF
gr-first_name-label = Nome
gr-first_name-required = Informe seu nome
gr-first_name-subject = Nome
gr-first_name-summary = Nome
gr-group_name-hint = Por exemplo, a PyCon ou o grupo de usuários que organiza o evento.
gr-group_name-label = Nome do grupo organizador
gr-group_name-required = Informe o nome do grupo organizador
gr-group_name-subject = Nome do grupo
gr-group_name-summary = Grupo organizador
gr-last_name-label = Sobrenome
gr-last_name-required = Informe seu sobrenome
gr-last_name-subject = Sobrenome
gr-last_name-summary = Sobrenome
gr-name = Subsídios da PSF
gr-next-board-after = , o Grants Work Group envia o pedido, com a recomendação dele, ao Conselho Diretor da PSF, que se reúne a cada dois meses.
gr-next-board-before = Se você pediu mais de{ " " }
gr-next-decision-after = . Um subsídio pode ser aprovado com um valor menor do que o que você pediu.
gr-next-decision-before = A decisão é enviada por e-mail para{ " " }
gr-next-pre-review = A equipe da PSF faz uma análise prévia do seu pedido e pode enviar e-mail com perguntas.
gr-next-work-group = Depois, o Grants Work Group da PSF analisa o pedido: uma dúzia ou mais de pessoas com experiência em organizar eventos leem cada despesa do orçamento. Conte com pelo menos um mês.
gr-other_sources-amount-hint = Em dólares americanos, sem centavos. Por exemplo, 5000.
gr-other_sources-amount-label = Valor
gr-other_sources-amount-required = Informe o valor em dólares americanos, sem centavos
gr-other_sources-amount-subject = Valor
gr-other_sources-amount-summary = Valor
gr-other_sources-hint = Patrocinadores, venda de ingressos, outros subsídios: a PSF complementa outros financiamentos. Deixe em branco se não houver outras fontes.
gr-other_sources-item = Fonte
gr-other_sources-items = Fontes
gr-other_sources-label = Quem mais está pagando pelo evento?
gr-other_sources-name-label = Patrocinador ou fonte
gr-other_sources-name-required = Informe o nome do patrocinador ou da fonte
gr-other_sources-name-subject = Patrocinador ou fonte
gr-other_sources-name-summary = Patrocinador ou fonte
gr-other_sources-subject = Outras fontes
gr-other_sources-summary = Outras fontes
gr-preview-heading = Verifique se seu evento pode receber um subsídio da PSF
gr-preview-link-hidden = { " " }para um subsídio da PSF
gr-preview-note = O pedido também exige um orçamento detalhado: uma linha para cada despesa, com as essenciais marcadas, e sem brindes.
gr-python_percent-hint = Informe um número inteiro de 0 a 100.
gr-python_percent-label = Que porcentagem aproximada do evento trata de Python?
gr-python_percent-required = Informe a porcentagem do evento que trata de Python
gr-python_percent-subject = Porcentagem
gr-python_percent-summary = Relacionado a Python
gr-section-about = Sobre o evento ou a iniciativa
gr-section-budget = Orçamento detalhado
gr-section-other_sources = Outros patrocinadores e fontes
gr-section-request = Seu pedido
gr-section-web_and_coc = Site e código de conduta
gr-section-when_where = Quando e onde
gr-start-button = Iniciar um pedido de subsídio
gr-start_date-hint = Por exemplo, { $date }. Para uma iniciativa, o dia em que ela começa.
gr-start_date-label = Quando começa?
gr-start_date-required = Informe a data de início do evento ou da iniciativa
gr-start_date-subject = Data de início
gr-start_date-summary = Data de início
gr-step-applicant-heading = Seus dados
gr-step-applicant-label = Seus dados
gr-step-event-heading = O evento ou a iniciativa
gr-step-event-label = Evento ou iniciativa
gr-step-money-heading = Os valores
gr-step-money-label = Valores
gr-title-label = Título do evento ou da iniciativa
gr-title-required = Informe o título do evento ou da iniciativa
gr-title-subject = Título
gr-title-summary = Título
gr-total_budget-hint = Tudo o que o evento custa, de todas as fontes, em dólares americanos, sem centavos.
gr-total_budget-label = Qual é o orçamento total do evento?
gr-total_budget-required = Informe o orçamento total do evento
gr-total_budget-subject = Orçamento total
gr-total_budget-summary = Orçamento total
gr-website-label = Site do evento ou da iniciativa
gr-website-required = Informe o site do evento ou da iniciativa
gr-website-subject = Site
gr-website-summary = Site

language-switcher-label = Idioma

load-failed-body = Verifique sua conexão com a internet e tente novamente. Suas respostas continuam aqui.
load-failed-heading = Não foi possível carregar esta página
load-failed-retry = Tentar novamente
load-loading = Carregando…

mp-city-label = Cidade
mp-city-required = Informe a cidade onde o grupo se reúne
mp-city-subject = Cidade
mp-city-summary = Cidade
mp-coc_in_about-hint = Abra a página do seu grupo no Meetup e veja a seção Sobre (About).
mp-coc_in_about-label = A seção Sobre (About) da página do seu grupo no Meetup inclui o código de conduta ou um link para ele?
mp-coc_in_about-required = Selecione sim se o código de conduta estiver na seção Sobre (About) da página do seu grupo no Meetup
mp-coc_in_about-subject = Código de conduta na seção Sobre
mp-coc_in_about-summary = Código de conduta na seção Sobre
mp-code_of_conduct_url-label = Link para o código de conduta do grupo
mp-code_of_conduct_url-required = Informe o link para o código de conduta do grupo
mp-code_of_conduct_url-subject = Link do código de conduta
mp-code_of_conduct_url-summary = Código de conduta
mp-country-label = País
mp-country-required = Informe o país onde o grupo se reúne
mp-country-subject = País
mp-country-summary = País
mp-email-hint = A PSF envia a decisão por e-mail. Use o endereço da sua conta no psfmember.org, se você tiver uma.
mp-email-label = Endereço de e-mail
mp-email-required = Informe seu endereço de e-mail
mp-email-subject = Endereço de e-mail
mp-email-summary = Endereço de e-mail
mp-events_last_12_months-hint = Conte os eventos virtuais e presenciais.
mp-events_last_12_months-label = Quantos eventos o grupo realizou nos últimos 12 meses?
mp-events_last_12_months-required = Informe quantos eventos o grupo realizou nos últimos 12 meses
mp-events_last_12_months-subject = Número de eventos
mp-events_last_12_months-summary = Eventos nos últimos 12 meses
mp-events_next_12_months-hint = Conte os eventos virtuais e presenciais.
mp-events_next_12_months-label = Quantos eventos o grupo planeja realizar nos próximos 12 meses?
mp-events_next_12_months-required = Informe quantos eventos o grupo planeja realizar nos próximos 12 meses
mp-events_next_12_months-subject = Número de eventos
mp-events_next_12_months-summary = Eventos planejados para os próximos 12 meses
mp-fact-1-detail = A PSF paga a assinatura do Meetup Pro do seu grupo (cerca de 15 dólares americanos por mês), então os organizadores deixam de pagar pelo Meetup.
mp-fact-1-term = O que você recebe
mp-fact-2-detail =
    Grupos de Python no Meetup.com com conteúdo que trata principalmente de Python (a PSF pede pelo menos { $share }), um código de conduta na seção Sobre (About) do grupo e pelo menos { $events ->
        [one] { $events } evento
       *[other] { $events } eventos
    } por ano, de forma virtual ou presencial.
mp-fact-2-term = Quem pode solicitar
mp-fact-3-detail = A qualquer momento.
mp-fact-3-term = Quando solicitar
mp-fact-4-detail =
    Por e-mail, normalmente em { $earliest } a { $latest ->
        [one] { $latest } dia útil
       *[other] { $latest } dias úteis
    }.
mp-fact-4-term = Decisão
mp-full_name-label = Nome completo
mp-full_name-required = Informe seu nome completo
mp-full_name-subject = Nome completo
mp-full_name-summary = Nome completo
mp-group_name-label = Nome do grupo no Meetup
mp-group_name-required = Informe o nome do grupo no Meetup
mp-group_name-subject = Nome do grupo
mp-group_name-summary = Nome do grupo
mp-meetup_url-hint = Por exemplo, https://www.meetup.com/your-group-name/
mp-meetup_url-label = Endereço da página do grupo no Meetup
mp-meetup_url-required = Informe o endereço da página do grupo no Meetup
mp-meetup_url-subject = Endereço da página do grupo
mp-meetup_url-summary = Página no Meetup
mp-name = Meetup Pro Network
mp-next-contact-after = . Se seu grupo for aceito, o e-mail explica como entrar na Meetup Pro Network da PSF.
mp-next-contact-before = Um membro da equipe da PSF pode enviar e-mail com perguntas. A decisão é enviada por e-mail para{ " " }
mp-next-decision-after = .
mp-next-decision-and = { " " }e{ " " }
mp-next-decision-before =
    A equipe da PSF procura analisar sua solicitação em { $earliest } a { $latest ->
        [one] { $latest } dia útil
       *[other] { $latest } dias úteis
    }: você deve receber uma resposta entre{ " " }
mp-preview-heading = Verifique se seu grupo no Meetup pode entrar na Meetup Pro Network
mp-preview-link-hidden = { " " }para a Meetup Pro Network
mp-preview-note = A PSF também verifica a página do seu grupo no Meetup ao analisar sua solicitação.
mp-python_percent-hint = Informe um número inteiro de 0 a 100. O conteúdo pode incluir temas relacionados, como networking ou noções básicas de aprendizado de máquina.
mp-python_percent-label = Que porcentagem aproximada do conteúdo do grupo trata de Python?
mp-python_percent-required = Informe a porcentagem do conteúdo do grupo que trata de Python
mp-python_percent-subject = Porcentagem
mp-python_percent-summary = Conteúdo sobre Python
mp-role-hint = Por exemplo, organizador ou coorganizador.
mp-role-label = Sua função no grupo
mp-role-required = Informe sua função no grupo
mp-role-subject = Função
mp-role-summary = Função no grupo
mp-section-code_of_conduct = Código de conduta
mp-section-events = Eventos e conteúdo
mp-section-group = O grupo
mp-start-button = Iniciar uma solicitação para a Meetup Pro Network
mp-step-applicant-heading = Seus dados
mp-step-applicant-label = Seus dados
mp-step-group-heading = Seu grupo no Meetup
mp-step-group-label = Grupo no Meetup

msg-add-another = Adicionar outra { $item }
msg-add-first = Adicionar uma { $item }
msg-add-reminder-for = Adicionar ao seu calendário um lembrete para { $date }
msg-advised-by = Recomendado até
msg-application-name = Solicitação de { $program }
msg-apply-by = Solicite até
msg-apply-from = Solicite a partir de
msg-board-note = Acima de { $amount }: depois do Grants Work Group, quem decide é o Conselho Diretor da PSF. Ele se reúne a cada dois meses, então conte com mais tempo.
msg-box-unticked = Marque a caixa para confirmar que { $gist }
msg-changed = { $rule }: { $status }.
msg-changed-verdict = { $verdict }.
msg-check-entered = Verifique o que você informou em “{ $subject }”
msg-check-the = Verifique o campo “{ $subject }”
msg-checklist-all = Todas as { $total } aceitas
msg-checklist-some = { $ticked } de { $total } aceitas
msg-criterion-code-of-conduct = O evento ou a iniciativa precisa ter um código de conduta que possa ser aplicado na prática e que diga como relatar problemas.
msg-criterion-cp-acknowledgements = Você precisa concordar com os limites do título de Community Partner, em oito declarações.
msg-criterion-cp-community-impact = O evento ou a iniciativa precisa ter um impacto positivo na comunidade Python.
msg-criterion-cp-group-not-event = Grupos que realizam vários eventos por ano fazem uma única solicitação para o grupo todo.
msg-criterion-cp-python-share = O evento ou a iniciativa precisa ser específico de Python, ou tratar principalmente de Python.
msg-criterion-cp-web-page = O evento ou a iniciativa precisa ter uma página na web estabelecida, como um domínio próprio, uma página no Meetup ou uma página no Luma.
msg-criterion-cp-window =
    Solicite pelo menos { $min ->
        [one] { $min } semana
       *[other] { $min } semanas
    } antes do evento ({ $advised ->
        [one] { $advised } semana
       *[other] { $advised } semanas
    } se for sua primeira solicitação) e no máximo { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } antes.
msg-criterion-gr-board-review = Pedidos acima de { $amount } vão para o Conselho Diretor da PSF depois do Grants Work Group.
msg-criterion-gr-budget-itemised = Cada despesa precisa ter seu próprio valor, diretamente relacionado ao evento, e as despesas precisam somar o valor solicitado.
msg-criterion-gr-essentials-marked = Marque os custos essenciais: a PSF pode aprovar menos do que você pede.
msg-criterion-gr-no-swag = Os subsídios não cobrem brindes.
msg-criterion-gr-other-sources = A PSF complementa outros financiamentos: é útil conhecer as outras fontes.
msg-criterion-gr-python-share = Mais de { $share } do evento ou da iniciativa precisa tratar de Python.
msg-criterion-gr-request-within-budget = O valor solicitado não pode ser maior que o orçamento total do evento.
msg-criterion-gr-window =
    Solicite pelo menos { $min ->
        [one] { $min } semana
       *[other] { $min } semanas
    } antes do evento; o recomendado é { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } ou mais.
msg-criterion-mp-code-of-conduct = A seção Sobre (About) da página do grupo no Meetup precisa incluir o código de conduta ou ter um link para ele.
msg-criterion-mp-events-per-year =
    O grupo precisa realizar pelo menos { $min ->
        [one] { $min } evento
       *[other] { $min } eventos
    } por ano, de forma virtual ou presencial.
msg-criterion-mp-meetup-url = O grupo precisa ser um grupo do Meetup, em meetup.com.
msg-criterion-mp-python-share = O conteúdo do grupo precisa tratar principalmente de Python. As orientações da PSF para organizadores pedem pelo menos { $guidance }.
msg-date-incomplete =
    { $subject } precisa incluir { $missing ->
        [day] o dia
        [month] o mês
        [year] o ano
        [day-month] o dia e o mês
        [day-year] o dia e o ano
        [month-year] o mês e o ano
       *[all] o dia, o mês e o ano
    }
msg-date-invalid = { $subject } precisa ser uma data válida, com o ano em 4 dígitos
msg-draft-in-progress = Você tem uma solicitação de { $program } em andamento
msg-draft-saved = Suas respostas estão salvas neste navegador.
msg-draft-saved-on = Suas respostas estão salvas neste navegador (último salvamento: { $when }).
msg-email-format = Informe um endereço de e-mail no formato correto, como name@example.com
msg-end-before-start = { $subject } precisa ser igual ou posterior à data de início
msg-file-broken = O arquivo é uma solicitação de { $program } salva, mas foi alterado ou danificado e não pode ser lido. Escolha outra cópia ou informe suas respostas novamente.
msg-file-empty = O arquivo que você escolheu está vazio. Escolha o arquivo que você salvou a partir deste formulário.
msg-file-newer-version = O arquivo foi salvo por uma versão mais recente deste formulário, então não pode ser lido aqui. Abra o formulário onde você o salvou ou comece de novo aqui.
msg-file-not-json = O arquivo que você escolheu não é um arquivo de respostas salvas. Escolha o arquivo .json que você salvou com “Salvar suas respostas em um arquivo”.
msg-file-not-saved-answers = O arquivo que você escolheu não é um arquivo de respostas salvas (não é possível continuar a partir de uma cópia baixada de uma solicitação já enviada). Escolha o arquivo que você salvou com “Salvar suas respostas em um arquivo”.
msg-file-older-version = O arquivo foi salvo por uma versão mais antiga deste formulário, que esta versão não consegue ler. Desculpe: você vai precisar informar suas respostas novamente.
msg-file-other-program = O arquivo contém uma solicitação de { $program }, que este formulário não aceita. Abra o formulário de solicitação de { $program } para continuá-la.
msg-file-too-large = O arquivo que você escolheu é grande demais para ser um arquivo de respostas salvas (esses arquivos têm menos de 1 MB). Escolha o arquivo que você salvou a partir deste formulário.
msg-file-unknown-program = O arquivo contém respostas de uma solicitação que este formulário não aceita.
msg-file-unreadable = Não foi possível ler o arquivo que você escolheu. Tente escolhê-lo de novo ou salve-o primeiro neste dispositivo.
msg-grant-window-advised-earlier =
    Dentro do prazo, mas o recomendado é solicitar com { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } de antecedência, para que o Grants Work Group tenha tempo de analisar. Solicite logo.
msg-grant-window-board-time-advice =
    Dentro do prazo, mas um pedido acima de { $amount } vai para o Conselho Diretor da PSF, que se reúne a cada dois meses e pode levar até dois meses para analisá-lo. Se puder, solicite com { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } de antecedência.
msg-grant-window-in-window = Você está com boa antecedência. Se puder, solicite até { $advised_by }; o último dia é { $apply_by }.
msg-grant-window-started = Esta data é hoje ou já passou: os subsídios são para eventos que ainda não começaram.
msg-grant-window-too-late =
    Tarde demais para esta data: o último dia para solicitar era { $apply_by }, { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } antes do evento.
msg-heading-check = Confira suas respostas antes de enviar
msg-heading-confirmation = Solicitação enviada
msg-heading-start = Faça uma solicitação a um programa comunitário da PSF
msg-in-line = { $line }: { $problem }
msg-kept-not-saved = Este navegador não consegue salvar suas respostas: mantenha esta página aberta ou baixe uma cópia abaixo.
msg-kept-offline-not-saved = Mantenha esta página aberta: este navegador não consegue salvar suas respostas. Sua solicitação será enviada assim que você estiver on-line novamente.
msg-kept-offline-saved = Suas respostas estão salvas neste navegador. Sua solicitação será enviada assim que você estiver on-line novamente.
msg-kept-saved = Suas respostas estão salvas neste navegador, e você pode baixar uma cópia abaixo.
msg-line-added = { $line } adicionada.
msg-line-name = { $item } { $n }
msg-line-removed =
    { $line } removida. { $left ->
        [0] Nenhuma { $item } restante.
        [one] { $left } { $item } restante.
       *[other] { $left } { $items } restantes.
    }
msg-lines-full =
    Você adicionou { $max ->
        [one] { $max } { $item }
       *[other] { $max } { $items }
    }, o máximo que este formulário aceita.
msg-negative-amount = { $subject } precisa ser { $min } ou mais, sem sinal de menos
msg-no = Não
msg-not-answered = Sem resposta
msg-not-answered-code-of-conduct = Informe o link para o código de conduta e diga se ele explica como relatar problemas.
msg-not-answered-cp-acknowledgements = Marque as oito declarações.
msg-not-answered-cp-community-impact = Descreva o evento ou a iniciativa: a PSF avalia o impacto dele na comunidade Python.
msg-not-answered-cp-group-not-event = Escolha o tipo de evento ou iniciativa.
msg-not-answered-cp-python-share = Diga quanto do evento está relacionado a Python.
msg-not-answered-cp-web-page = Informe o site do evento ou da iniciativa.
msg-not-answered-cp-window = Informe a data do evento ou da iniciativa.
msg-not-answered-gr-board-review = Informe o valor solicitado.
msg-not-answered-gr-budget-itemised = Informe o valor solicitado e um valor em cada despesa do orçamento.
msg-not-answered-gr-budget-lines = Adicione as despesas do seu orçamento.
msg-not-answered-gr-budget-total = Informe o valor solicitado e o orçamento total do evento.
msg-not-answered-gr-python-share = Diga quanto do evento trata de Python.
msg-not-answered-gr-window = Informe a data de início do evento ou da iniciativa.
msg-not-answered-mp-code-of-conduct = Informe o link para o código de conduta e diga se ele está na seção Sobre (About).
msg-not-answered-mp-events-per-year = Diga quantos eventos o grupo já realizou e quantos planeja realizar.
msg-not-answered-mp-meetup-url = Informe o endereço da página do grupo no Meetup.
msg-not-answered-mp-python-share = Diga quanto do conteúdo do grupo trata de Python.
msg-not-found = Página não encontrada
msg-not-known-yet = ainda não se sabe
msg-not-sent-busy = O serviço da PSF está ocupado. Tente novamente em alguns minutos.
msg-not-sent-busy-for =
    O serviço da PSF está ocupado. Tente novamente em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
msg-not-sent-network = Sua solicitação não chegou ao serviço da PSF. Verifique sua conexão e tente novamente.
msg-not-sent-offline = Parece que você está off-line. Verifique sua conexão e tente novamente.
msg-not-sent-refused = O serviço da PSF recusou a solicitação (erro { $status }). Suas respostas foram mantidas. Tente novamente mais tarde ou envie um e-mail para grants@python.org.
msg-not-sent-server = O serviço da PSF teve um problema (erro { $status }). Tente novamente em alguns minutos.
msg-not-sent-timeout = O serviço da PSF demorou demais para responder. Tente novamente daqui a pouco.
msg-notice-acknowledgements-changed = As declarações mudaram desde que você salvou sua solicitação. Leia-as e marque-as novamente.
msg-notice-draft-outdated = Não foi possível usar uma solicitação salva por uma versão mais antiga deste formulário, então ela foi removida. Desculpe: você vai precisar informar suas respostas novamente.
msg-notice-draft-unreadable = Não foi possível ler uma solicitação de { $program } salva neste navegador, então ela foi removida. Desculpe: você vai precisar informar suas respostas novamente.
msg-notice-storage-failed = Não foi possível salvar suas respostas mais recentes neste navegador (o armazenamento pode estar cheio). Elas ficam guardadas enquanto esta página estiver aberta: não a feche antes de enviar.
msg-notice-storage-unavailable = Não é possível salvar suas respostas neste navegador (o armazenamento está desativado, bloqueado ou cheio). Elas ficam guardadas só enquanto esta página estiver aberta.
msg-optional = (opcional)
msg-post-call-for-proposals = Anúncio de chamada de propostas
msg-post-fundraiser = Campanha de arrecadação ou pedido de doação
msg-post-mission-statement = Declaração de missão
msg-post-other = Outro tipo
msg-post-paid-registration = Divulgação de inscrições pagas
msg-post-purchase = Conteúdo sobre compras ou receitas
msg-post-save-the-date = Save the date (reserve a data)
msg-post-schedule-release = Divulgação da programação
msg-post-travel-grant = Anúncio de auxílio de viagem ou bolsa
msg-quoted = “{ $text }”
msg-range = { $subject } precisa estar entre { $min } e { $max }
msg-reason-acknowledgements-all = Você concordou com todas.
msg-reason-acknowledgements-missing =
    { $missing ->
        [one] { $missing } de { $total } ainda não está marcada. Você precisa concordar com todas.
       *[other] { $missing } de { $total } ainda não estão marcadas. Você precisa concordar com todas.
    }
msg-reason-acknowledgements-none = Nenhuma das { $total } está marcada ainda. Você precisa concordar com todas.
msg-reason-board-review = Acima de { $threshold }: depois do Grants Work Group, quem decide é o Conselho Diretor da PSF. O Conselho se reúne a cada dois meses, então isso leva mais tempo.
msg-reason-budget-adds-up = As despesas somam o valor solicitado, { $total }.
msg-reason-budget-mismatch = As despesas somam { $total }, mas você pede { $requested }. Altere as despesas ou o valor solicitado para que coincidam.
msg-reason-code-of-conduct-in-about = Você confirmou que o código de conduta está na seção Sobre (About) do grupo.
msg-reason-code-of-conduct-no-reporting = O código de conduta precisa dizer como relatar um problema e quem responde. Acrescente isso a ele e depois responda “Sim”.
msg-reason-code-of-conduct-not-in-about = A seção Sobre (About) da página do grupo no Meetup precisa incluir o código de conduta ou um link para ele. Acrescente isso lá e depois responda “Sim”.
msg-reason-code-of-conduct-with-reporting = Você confirmou que o código de conduta diz como relatar um problema e quem responde.
msg-reason-community-impact = A PSF avalia isso pela sua descrição: este formulário não tem como julgar.
msg-reason-essentials-marked =
    { $count ->
        [one] { $count } despesa está marcada como essencial.
       *[other] { $count } despesas estão marcadas como essenciais.
    }
msg-reason-event-past = A data informada ({ $date }) é hoje ou já passou. A PSF faz parcerias com eventos que ainda não aconteceram: verifique a data.
msg-reason-events-held =
    { $held ->
        [0] Nenhum evento
        [one] { $held } evento
       *[other] { $held } eventos
    } nos últimos 12 meses: são necessários pelo menos { $minimum } por ano.
msg-reason-first-timer-advice =
    Dentro do prazo, mas recomenda-se que quem solicita pela primeira vez faça isso com { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } de antecedência, até { $advised_by }. Solicite assim que puder: o último dia é { $apply_by }.
msg-reason-grant-advised-earlier =
    Dentro do prazo, mas o recomendado é enviar os pedidos com { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } de antecedência, até { $advised_by }, para que o Grants Work Group tenha tempo de analisar. O último dia é { $apply_by }.
msg-reason-grant-board-time-advice =
    Dentro do prazo, mas um pedido acima de { $amount } vai para o Conselho Diretor da PSF, que se reúne a cada dois meses e pode levar até dois meses para analisá-lo. O recomendado é enviar os pedidos com { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } de antecedência, até { $advised_by }. O último dia é { $apply_by }.
msg-reason-grant-in-window = Dentro do prazo: o recomendado é até { $advised_by }, e o último dia é { $apply_by }.
msg-reason-grant-too-late =
    Tarde demais: os pedidos de subsídio precisam ser enviados pelo menos { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } antes do evento. O último dia foi { $last_day }.
msg-reason-group-applies-once = Meetups, grupos de usuários e capítulos PyLadies fazem uma única solicitação para o grupo todo, não uma para cada evento. Confirme que esta solicitação é para o grupo.
msg-reason-gwg-decides = Até { $threshold }: quem decide é o Grants Work Group.
msg-reason-in-window = Dentro do prazo: você pode solicitar de { $apply_from } até { $apply_by }.
msg-reason-meetup-group = Este é o grupo do Meetup “{ $group }”.
msg-reason-new-group-planned =
    { $held ->
        [0] Nenhum evento realizado
        [one] { $held } evento realizado
       *[other] { $held } eventos realizados
    } até agora, mas { $planned ->
        [one] { $planned } planejado
       *[other] { $planned } planejados
    } para os próximos 12 meses. Você pode solicitar como um grupo novo: a PSF vai esperar pelo menos { $minimum ->
        [one] { $minimum } evento
       *[other] { $minimum } eventos
    } por ano.
msg-reason-no-essentials = Nenhuma despesa está marcada como essencial. A PSF pode aprovar menos do que você pede: marque os custos sem os quais o evento não pode acontecer.
msg-reason-no-other-sources = Nenhum outro patrocinador ou fonte foi informado. A PSF complementa outros financiamentos: informe as outras fontes, se houver.
msg-reason-no-swag = Nenhuma despesa do orçamento é de brindes.
msg-reason-not-meetup-group = Esta não é a página de um grupo do Meetup. Informe o endereço do grupo em meetup.com, como https://www.meetup.com/your-group-name/.
msg-reason-other-sources-listed =
    { $count ->
        [one] { $count } outra fonte de dinheiro foi informada.
       *[other] { $count } outras fontes de dinheiro foram informadas.
    }
msg-reason-python-share-below-guidance = { $share } é maioria, então você pode solicitar, mas as orientações da PSF para organizadores pedem pelo menos { $guidance } de conteúdo sobre Python.
msg-reason-python-share-majority = { $share } está relacionado a Python: mais de { $threshold }.
msg-reason-python-share-meets-guidance = { $share } de conteúdo sobre Python atende às orientações da PSF, que pedem pelo menos { $guidance }.
msg-reason-python-share-not-majority = { $share } não é suficiente: mais de { $threshold } precisa tratar de Python. Se a parte do conteúdo sobre Python for maior do que você informou, altere a porcentagem.
msg-reason-request-above-budget = Você pede { $requested }, mais do que o orçamento total do evento, de { $total }. Verifique os dois valores.
msg-reason-request-is-whole-budget = Você pede { $requested }, o orçamento inteiro. Um subsídio da PSF normalmente não pagaria um evento inteiro: informe as outras fontes de dinheiro.
msg-reason-request-within-budget = { $requested } de um orçamento total de { $total }.
msg-reason-single-event = Esta solicitação abrange apenas este evento ou iniciativa.
msg-reason-swag-line = A despesa { $line } é de brindes, que a PSF nunca financia. Remova-a ou passe o dinheiro para outro custo.
msg-reason-swag-line-described = A despesa { $line } (“{ $description }”) é de brindes, que a PSF nunca financia. Remova-a ou passe o dinheiro para outro custo.
msg-reason-too-early =
    Cedo demais: as solicitações abrem { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } antes do evento. Você pode solicitar a partir de { $opens }.
msg-reason-too-few-events =
    { $held ->
        [0] Nenhum evento realizado
        [one] { $held } evento realizado
       *[other] { $held } eventos realizados
    } e { $planned ->
        [0] nenhum planejado
        [one] { $planned } planejado
       *[other] { $planned } planejados
    }: um grupo precisa realizar pelo menos { $minimum ->
        [one] { $minimum } evento
       *[other] { $minimum } eventos
    } por ano. Planeje pelo menos { $minimum ->
        [one] { $minimum } evento
       *[other] { $minimum } eventos
    } e depois solicite.
msg-reason-too-late =
    Tarde demais: as solicitações precisam ser enviadas pelo menos { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } antes do evento. O último dia para solicitar foi { $last_day }.
msg-reason-web-page-established =
    O endereço é { $kind ->
        [meetup] uma página no Meetup
        [luma] uma página no Luma
        [social-media] um perfil ou uma publicação em rede social
        [link-shortener] um link encurtado
        [file-sharing] um arquivo ou uma pasta compartilhados
       *[own-domain] um site próprio
    }, o que conta como uma página na web estabelecida.
msg-reason-web-page-weak =
    O endereço parece ser { $kind ->
        [meetup] uma página no Meetup
        [luma] uma página no Luma
        [own-domain] um site próprio
        [link-shortener] um link encurtado
        [file-sharing] um arquivo ou uma pasta compartilhados
       *[social-media] um perfil ou uma publicação em rede social
    }. Você ainda pode solicitar, mas a PSF procura uma página estabelecida: o site próprio do evento, ou a página dele no Meetup ou no Luma. Use uma dessas, se tiver.
msg-receipt-clock-skew = A data ou a hora do seu dispositivo parece estar errada, então não foi possível verificar as datas da sua solicitação. Acerte a data e a hora do seu dispositivo e envie sua solicitação novamente.
msg-receipt-offset-out-of-range = O fuso horário do seu dispositivo parece estar configurado errado, então não foi possível verificar as datas da sua solicitação. Verifique o fuso horário do seu dispositivo e envie sua solicitação novamente.
msg-refused-answer = Verifique sua resposta para “{ $question }”: o serviço da PSF não a aceitou
msg-refused-answer-detail = { $question }: { $detail }
msg-refused-application = O serviço da PSF não aceitou a solicitação: { $detail }
msg-refused-application-no-details = O serviço da PSF não aceitou a solicitação: nenhum detalhe foi informado
msg-refused-unmatched = O serviço da PSF relatou um problema que não corresponde a nenhuma pergunta ({ $pointer }): { $detail }
msg-refused-unmatched-no-details = O serviço da PSF relatou um problema que não corresponde a nenhuma pergunta ({ $pointer }): nenhum detalhe foi informado
msg-reminder-advised-by = A PSF recomenda enviar sua solicitação de { $program } até hoje, para deixar tempo para a análise.
msg-reminder-advised-by-title = Envie hoje sua solicitação de { $program }
msg-reminder-apply-by = Hoje é o último dia para enviar sua solicitação de { $program } dentro do prazo.
msg-reminder-apply-by-title = Último dia para enviar sua solicitação de { $program }
msg-reminder-decision-by = A PSF pretende decidir sobre sua solicitação de { $program } até hoje. Se você não tiver recebido resposta, envie um e-mail para grants@python.org.
msg-reminder-decision-by-title = Aguarde a decisão da PSF sobre sua solicitação de { $program }
msg-reminder-event-on = Data do seu evento: { $date }.
msg-reminder-for-advised-by = (a data até a qual se recomenda solicitar)
msg-reminder-for-apply-by = (o último dia para solicitar)
msg-reminder-for-decision-by = (a data limite para esperar uma decisão)
msg-reminder-for-window-opens = (abertura das solicitações)
msg-reminder-window-opens =
    As solicitações para o programa { $program } abrem hoje, { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } antes do seu evento.
msg-reminder-window-opens-apply-by =
    Solicite pelo menos { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } antes do evento.
msg-reminder-window-opens-title = { $program }: as solicitações abrem hoje
msg-remove = Remover
msg-reshare-cues = Palavras encontradas: { $found }. A PSF não compartilha campanhas de arrecadação, divulgação de inscrições pagas nem vendas: retire essas partes ou deixe a decisão com a PSF.
msg-reshare-decided-by-psf = A PSF decide
msg-reshare-eligible = Elegível: a PSF pode compartilhar esta publicação
msg-reshare-fact-calendar = O momento em que uma publicação é compartilhada depende do calendário de redes sociais da PSF.
msg-reshare-fact-content = As publicações precisam ser profissionais e inclusivas. Conteúdo discriminatório, sexualizado ou inadequado de qualquer outra forma não será compartilhado.
msg-reshare-fact-most =
    A PSF compartilha no máximo { $max ->
        [one] { $max } publicação
       *[other] { $max } publicações
    } por Community Partner, conforme a disponibilidade do Grants Work Group.
msg-reshare-intro = No programa Community Partner, a PSF pode compartilhar até { $max } das suas publicações em redes sociais nas contas dela no LinkedIn, Bluesky, Mastodon e X. Verifique uma publicação aqui antes de pedir.
msg-reshare-not-eligible = Não elegível: a PSF não compartilha este tipo de publicação
msg-reshare-reason-contradicted = Você escolheu “{ $kind }”, mas o texto parece de uma publicação que a PSF não compartilha, então a PSF vai decidir.
msg-reshare-reason-decided-by-psf = Este tipo de publicação não está em nenhuma das listas da PSF, então a PSF decide quando você pedir.
msg-reshare-reason-eligible = “{ $kind }” é um dos tipos de publicação que a PSF compartilha: save the dates, declarações de missão, anúncios de chamada de propostas, divulgações da programação e anúncios de auxílio de viagem ou bolsa.
msg-reshare-reason-not-eligible = “{ $kind }” é um dos tipos de publicação que a PSF não compartilha: campanhas de arrecadação ou pedidos de doação, divulgações de inscrições pagas e conteúdo sobre compras ou receitas.
msg-rule-code-of-conduct = Um código de conduta que explica claramente como relatar
msg-rule-cp-acknowledgements = As oito declarações
msg-rule-cp-community-impact = Impacto positivo na comunidade Python
msg-rule-cp-group-not-event = Uma solicitação por grupo ou evento
msg-rule-cp-python-share = Principalmente sobre Python
msg-rule-cp-web-page = Uma página na web estabelecida
msg-rule-gr-board-review = Quem decide
msg-rule-gr-budget-itemised = Um orçamento detalhado
msg-rule-gr-essentials-marked = Custos essenciais marcados
msg-rule-gr-no-swag = Sem brindes
msg-rule-gr-other-sources = Outras fontes de dinheiro
msg-rule-gr-python-share = Um evento de Python
msg-rule-gr-request-within-budget = O pedido é parte do orçamento
msg-rule-mp-code-of-conduct = Código de conduta na seção Sobre
msg-rule-mp-events-per-year =
    Pelo menos { $min ->
        [one] { $min } evento
       *[other] { $min } eventos
    } por ano
msg-rule-mp-meetup-url = Um grupo do Meetup
msg-rule-mp-python-share = Conteúdo principalmente sobre Python
msg-rule-window = Solicitar no momento certo
msg-status-fail = Não atendido
msg-status-fail-in-sentence = não atendido
msg-status-pass = Atendido
msg-status-pass-in-sentence = atendido
msg-status-unknown = Ainda sem resposta
msg-status-unknown-in-sentence = ainda sem resposta
msg-status-warn = Atendido, com recomendação
msg-status-warn-in-sentence = atendido, com recomendação
msg-step-check = Conferir e enviar
msg-step-of = Etapa { $n } de { $of }
msg-step-preview = Verificação de elegibilidade
msg-step-start = Início
msg-step-submitted = Enviada
msg-title = { $page } – { $application } – PSF
msg-title-check = Confira suas respostas
msg-title-error = Erro: { $title }
msg-title-no-program = { $page } – PSF
msg-too-long =
    { $subject } precisa ter no máximo { $max ->
        [one] { $max } caractere
       *[other] { $max } caracteres
    }
msg-too-long-no-limit = { $subject }: o texto é longo demais
msg-too-many =
    Você pode adicionar no máximo { $max ->
        [one] { $max } { $item }
       *[other] { $max } { $items }
    }: junte algumas delas
msg-total = Os valores somam { $total }.
msg-total-exact = Os valores somam { $total }. Isso é exatamente o { $against }.
msg-total-over = Os valores somam { $total }. { $against }: { $amount }, então os valores ultrapassam em { $gap } o que você está pedindo.
msg-total-under = Os valores somam { $total }. { $against }: { $amount }, então ainda falta incluir { $gap }.
msg-verdict-eligible = Elegível
msg-verdict-eligible-with-advice = Elegível, com recomendações
msg-verdict-incomplete = Ainda não concluído
msg-verdict-not-eligible = Não elegível com estas respostas
msg-web-address-format = Informe o { $subject } no formato correto, como { $example }
msg-whole-dollars = Informe o { $subject } em dólares americanos, sem centavos, como { $example }
msg-whole-number = { $subject } precisa ser um número inteiro, como { $example }
msg-window-advised-later =
    Dentro do prazo, mas recomenda-se que quem solicita pela primeira vez faça isso com { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } de antecedência, até { $advised_by }. Solicite logo.
msg-window-event-past = Esta data é hoje ou já passou: a PSF faz parcerias com eventos que ainda não aconteceram.
msg-window-in-window = Você está dentro do prazo. Solicite até { $apply_by }.
msg-window-prompt = Informe a data completa para ver quando você pode solicitar.
msg-window-too-early =
    Cedo demais: as solicitações abrem { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } antes do evento, a partir de { $apply_from }.
msg-window-too-late =
    Tarde demais para esta data: o último dia para solicitar era { $apply_by }, { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } antes do evento.
msg-yes = Sim

not-found-start-after = { " " }para escolher um programa. Suas respostas salvas continuam lá.
not-found-start-link = Vá para o início
not-found-typed = Se você digitou o endereço, verifique se está correto.

preview-apply-button = Solicitar com estas respostas
preview-caption = Verificação de elegibilidade
preview-lead = Responda a estas perguntas para ver na hora se você pode solicitar, e quando. Não pedimos dados pessoais aqui, e nada é salvo ou enviado.
preview-ready = Tudo pronto? Suas respostas aqui vão para a solicitação, então você não vai precisar digitá-las duas vezes.

print-button-text = Imprimir ou salvar como PDF

reshare-check-heading = A PSF vai compartilhar sua publicação?
reshare-check-kind = Que tipo de publicação é?
reshare-check-text = O texto da publicação (opcional)
reshare-check-text-hint = Cole o texto para verificar se há palavras que indicam algo que a PSF não compartilha. Nada do que você colar é salvo ou enviado.

save-to-file-after = { " " }para continuar em outro dispositivo: abra este formulário nele e escolha “Continuar a partir de um arquivo salvo”.
save-to-file-link = Salvar suas respostas em um arquivo

start-check-eligibility-link = Verificar a elegibilidade primeiro
start-lead = A Python Software Foundation apoia comunidades Python no mundo todo. Escolha o programa adequado ao que você organiza.
start-saved-note = Suas respostas são salvas neste navegador à medida que você avança, então você pode voltar depois. Nada é enviado à PSF até você enviar a solicitação.

step-indicator-label = Etapas: { $application }

storage-notices-dismiss = Fechar
storage-notices-dismiss-hidden = { " " }esta mensagem

submit-problem-download = Baixar uma cópia da sua solicitação (JSON)
submit-problem-no-endpoint-after = .
submit-problem-no-endpoint-before = Nada foi enviado. Baixe sua solicitação e envie-a por e-mail para{ " " }
submit-problem-no-endpoint-title = Este formulário não está conectado à PSF
submit-problem-not-sent-title = Sua solicitação ainda não foi enviada
submit-problem-rejected-then = Altere essas respostas e envie novamente.
submit-problem-rejected-title = O serviço da PSF não pôde aceitar algumas respostas
submit-problem-retry = Tentar novamente

text-area-remaining =
    { $count ->
        [0] Não resta nenhum caractere
        [one] Resta { $count } caractere
       *[other] Restam { $count } caracteres
    }
text-area-too-many =
    { $count ->
        [one] Você tem { $count } caractere a mais
       *[other] Você tem { $count } caracteres a mais
    }
