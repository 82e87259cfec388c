# psf-apply: Spanish (es) — español neutro, trato de «usted».
# Translated from en.ftl (the English catalogue, generated from the source).
# Keep every id and every { $variable } of en.ftl, in the same order.
# Plurals follow CLDR for Spanish: one, many, other (*[other] covers many).

ack-community-led-mentions = Reconozco que las charlas, las sesiones de taller, los stands o cualquier otro componente del evento o la iniciativa pueden mencionar o promocionar la PSF, o hablar de ella, siempre que quede bien definido que están dirigidos por la comunidad.
ack-no-endorsement = Reconozco que la asociación Community Partner de la PSF que se solicita con este formulario no respalda explícitamente ninguna acción, componente o parte concreta del evento o la iniciativa.
ack-no-official-sessions = Reconozco que la asociación Community Partner de la PSF que se solicita con este formulario no otorga a los eventos o iniciativas la autoridad para organizar charlas, sesiones de taller, stands o cualquier otro componente del evento o la iniciativa haciéndolos pasar por una parte oficial de la PSF.
ack-not-official = Reconozco que la asociación Community Partner de la PSF que se solicita con este formulario no convierte el evento o la iniciativa en una parte oficial ni legal de la PSF, y que es un medio para ayudar a apoyar el evento o la iniciativa.
ack-reapply-on-change = Reconozco que, si la asociación Community Partner de la PSF que se solicita con este formulario es para una iniciativa a largo plazo, volveré a presentar la solicitud si se produce cualquier cambio sustancial en los objetivos, el propósito, la misión o el liderazgo de la iniciativa.
ack-revocable = Reconozco que la PSF puede revocar en cualquier momento la asociación Community Partner de la PSF que se solicita con este formulario por tergiversación, por una mala gestión del código de conducta o por cualquier otro problema que la PSF considere inaceptable. En tal caso, acepto la retirada del nombre y el logotipo de la PSF y de las menciones a la asociación Community Partner si se solicita dicha retirada.
ack-single-event-one-year = Reconozco que la asociación Community Partner de la PSF que se solicita con este formulario solo está vigente para este evento o iniciativa en particular, no se transfiere automáticamente a futuras ediciones o variantes del evento o la iniciativa y, por lo general, puede considerarse válida durante un año a partir de la fecha de aprobación.
ack-trademark = Reconozco que el evento o la iniciativa a que se refiere esta solicitud cumple y seguirá cumpliendo la Política de uso de marcas de la PSF (PSF Trademark Usage Policy), que incluye el uso de «PyCon» y «PyLadies».

back-link-text = Atrás

check-answers-agreed-heading = Lo que ha aceptado
check-answers-blocked-heading = Todavía no puede enviar la solicitud
check-answers-blocked-status = ({ $status }):
check-answers-change = Cambiar
check-answers-consider-after = .
check-answers-consider-before = Si cree que la PSF debería estudiar su solicitud de todos modos, escriba a{ " " }
check-answers-criteria-intro = Estos criterios no se cumplen o aún no tienen respuesta:
check-answers-declaration = Al enviar esta solicitud, confirma que, según su leal saber y entender, sus respuestas son correctas.
check-answers-eligibility-heading = Requisitos
check-answers-line = { $line }: { $answers }
check-answers-percent = { $n }{ "\u00A0" }%
check-answers-problems-intro = Faltan algunas respuestas o hay que cambiarlas:
check-answers-record-criterion = { $criterion }: { $status }
check-answers-revealed = { $option }: { $text }
check-answers-send-heading = Ahora envíe su solicitud
check-answers-sending-button = Enviando…
check-answers-sending-status = Enviando su solicitud…
check-answers-submit-button = Enviar solicitud

checkbox-translation-lead = Traducción, como ayuda:

confirmation-agreed-heading = Lo que ha aceptado
confirmation-apply-again-link = Presentar otra solicitud
confirmation-download-link = Descargar una copia de su solicitud (JSON)
confirmation-keep-heading = Guarde una copia
confirmation-next-heading = Qué sucede a continuación
confirmation-none-after = .
confirmation-none-before = No se ha enviado ninguna solicitud desde esta pestaña del navegador. Si envió una antes, busque el correo electrónico de la PSF o escriba a{ " " }
confirmation-none-heading = No hay ninguna solicitud que mostrar
confirmation-none-start-link = Ir al inicio
confirmation-questions-after = .
confirmation-questions-before = ¿Tiene preguntas? Escriba a{ " " }
confirmation-received = La PSF ha recibido su solicitud.
confirmation-record-eligibility = Requisitos en el momento del envío
confirmation-record-title = Su solicitud
confirmation-reference-label = Su número de referencia
confirmation-submitted = Envió su solicitud de { $program } el { $date }.

continue-button-text = Continuar
continue-from-file-error-lead = Error:{ " " }
continue-from-file-heading = Continuar desde un archivo guardado
continue-from-file-hint = El archivo .json que creó con «Guardar sus respuestas en un archivo», en este u otro dispositivo.
continue-from-file-keep = Conservar las respuestas que tengo
continue-from-file-kept = Sus respuestas no han cambiado.
continue-from-file-label = Elija su archivo de respuestas guardadas
continue-from-file-replace = Sustituirlas por las respuestas del archivo
continue-from-file-replace-text = { $in_progress }. { $saved } Las respuestas del archivo las sustituirían.
continue-from-file-replace-title = ¿Sustituir sus respuestas de { $program }?

cp-acknowledged-hint = Tiene que aceptar las ocho declaraciones para convertirse en Community Partner.
cp-acknowledged-label = Lea cada declaración y marque la casilla para aceptarla
cp-acknowledged-lead = Al enviar este formulario, reconozco que:
cp-acknowledged-option-community_led_mentions = las menciones a la PSF se identificarán claramente como dirigidas por la comunidad
cp-acknowledged-option-no_endorsement = la asociación no respalda ninguna parte del evento
cp-acknowledged-option-no_official_sessions = ninguna charla, sesión o stand se presentará como parte oficial de la PSF
cp-acknowledged-option-not_official = la asociación no convierte el evento en una parte oficial ni legal de la PSF
cp-acknowledged-option-reapply_on_change = se volverá a presentar la solicitud si una iniciativa a largo plazo cambia sustancialmente
cp-acknowledged-option-revocable = la PSF puede revocar la asociación en cualquier momento
cp-acknowledged-option-single_event_one_year = la asociación es solo para este evento o iniciativa y dura aproximadamente un año
cp-acknowledged-option-trademark = el evento cumple la Política de uso de marcas de la PSF
cp-acknowledged-required = Marque todas las declaraciones
cp-acknowledged-subject = Declaraciones
cp-acknowledged-summary = Declaraciones
cp-city-label = Ciudad
cp-city-required = Introduzca la ciudad
cp-city-subject = Ciudad
cp-city-summary = Ciudad
cp-coc_has_reporting-hint = Por ejemplo, una dirección de correo electrónico o un formulario para comunicar problemas, y quién los lee.
cp-coc_has_reporting-label = ¿Indica el código de conducta cómo comunicar un problema y quién responde?
cp-coc_has_reporting-required = Seleccione «Sí» si el código de conducta indica cómo comunicar un problema y quién responde
cp-coc_has_reporting-subject = Comunicación de problemas en el código de conducta
cp-coc_has_reporting-summary = El código de conducta explica cómo comunicar problemas
cp-code_of_conduct_url-hint = Por ejemplo, https://pycon.example.org/code-of-conduct
cp-code_of_conduct_url-label = Enlace al código de conducta
cp-code_of_conduct_url-required = Introduzca el enlace al código de conducta
cp-code_of_conduct_url-subject = Enlace al código de conducta
cp-code_of_conduct_url-summary = Código de conducta
cp-country-label = País
cp-country-required = Introduzca el país
cp-country-subject = País
cp-country-summary = País
cp-description-label = Breve descripción del evento o la iniciativa
cp-description-required = Introduzca una breve descripción del evento o la iniciativa
cp-description-subject = Descripción
cp-description-summary = Descripción
cp-email-hint = Solo usaremos esta dirección para ponernos en contacto con usted sobre su solicitud.
cp-email-label = Dirección de correo electrónico
cp-email-required = Introduzca su dirección de correo electrónico
cp-email-subject = Dirección de correo electrónico
cp-email-summary = Dirección de correo electrónico
cp-event_date-hint = Por ejemplo, { $date }. Para una iniciativa de larga duración, indique su fecha de inicio.
cp-event_date-label = ¿Cuándo es el evento o la iniciativa?
cp-event_date-required = Introduzca la fecha del evento o la iniciativa
cp-event_date-subject = Fecha del evento
cp-event_date-summary = Fecha
cp-event_type-label = ¿Qué tipo de evento o iniciativa es?
cp-event_type-option-meetup = Meetup
cp-event_type-option-online_initiative = Iniciativa en línea
cp-event_type-option-other = Otro
cp-event_type-option-other_conference = Conferencia – otra
cp-event_type-option-pycon_conference = Conferencia – PyCon
cp-event_type-option-pyladies_chapter = Capítulo de PyLadies
cp-event_type-option-sprint_or_hackathon = Sprint o hackathon
cp-event_type-option-user_group = Grupo de usuarios de Python
cp-event_type-option-workshop = Taller
cp-event_type-required = Seleccione el tipo de evento o iniciativa
cp-event_type-subject = Tipo de evento o iniciativa
cp-event_type-summary = Tipo
cp-event_type_other-label = Tipo de evento o iniciativa
cp-event_type_other-required = Introduzca el tipo de evento o iniciativa
cp-event_type_other-subject = Tipo de evento o iniciativa
cp-event_type_other-summary = Tipo (otro)
cp-expected_attendees-label = Número previsto de asistentes o participantes
cp-expected_attendees-required = Introduzca el número previsto de asistentes o participantes
cp-expected_attendees-subject = Número previsto de asistentes
cp-expected_attendees-summary = Asistentes previstos
cp-fact-1-detail = El nombre de la PSF asociado a su evento o iniciativa, para que gane credibilidad y atraiga patrocinadores, y que la PSF comparta hasta dos de sus publicaciones en redes sociales. Es una asociación sin aportación económica.
cp-fact-1-term = Qué obtiene
cp-fact-2-detail = PyCons regionales, talleres, Meetups, organizaciones y otras iniciativas que tratan principalmente sobre Python, con una página web consolidada y un código de conducta que indique cómo comunicar problemas.
cp-fact-2-term = Quién puede solicitarlo
cp-fact-3-detail =
    Al menos { $min ->
        [one] { $min } semana
       *[other] { $min } semanas
    } antes del evento ({ $advised ->
        [one] { $advised } semana
       *[other] { $advised } semanas
    } si es su primera solicitud) y no más de { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } antes.
cp-fact-3-term = Cuándo solicitarlo
cp-fact-4-detail = Por correo electrónico, tras la revisión del personal de la PSF y del Grupo de Trabajo de Subvenciones de la PSF.
cp-fact-4-term = Decisión
cp-first_application-hint =
    A quienes presentan su primera solicitud se les recomienda hacerlo { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } antes del evento.
cp-first_application-label = ¿Es esta su primera solicitud de Community Partner?
cp-first_application-required = Seleccione «Sí» si esta es su primera solicitud de Community Partner
cp-first_application-subject = Primera solicitud
cp-first_application-summary = Primera solicitud de Community Partner
cp-first_name-label = Nombre
cp-first_name-required = Introduzca su nombre
cp-first_name-subject = Nombre
cp-first_name-summary = Nombre
cp-last_name-label = Apellidos
cp-last_name-required = Introduzca sus apellidos
cp-last_name-subject = Apellidos
cp-last_name-summary = Apellidos
cp-name = Community Partner
cp-next-can-cfp = Anuncios de convocatorias de propuestas
cp-next-can-grants = Anuncios de ayudas de viaje o becas
cp-next-can-heading = Publicaciones que se pueden compartir
cp-next-can-mission = Declaraciones de misión
cp-next-can-save-the-date = Reserve la fecha (save the date)
cp-next-can-schedule = Publicaciones de la agenda
cp-next-cannot-fundraisers = Recaudaciones de fondos o peticiones de donaciones
cp-next-cannot-heading = Publicaciones que no se pueden compartir
cp-next-cannot-registration = Promociones de inscripciones de pago
cp-next-cannot-revenue = Compras o contenido relacionado con ingresos
cp-next-conduct = Las publicaciones deben ser profesionales e inclusivas. No se compartirá contenido discriminatorio, sexualizado o inapropiado por cualquier otro motivo.
cp-next-decision-after = . Si se acepta su solicitud, recibirá información sobre el uso del logotipo de la PSF, la difusión en redes sociales y el informe opcional después del evento.
cp-next-decision-before = La decisión se envía por correo electrónico a{ " " }
cp-next-reshare = Si es Community Partner, la PSF puede compartir hasta dos de sus publicaciones desde las cuentas de la PSF en redes sociales (LinkedIn, Bluesky, Mastodon y X), según la disponibilidad y el calendario de la PSF.
cp-next-reshare-heading = Publicaciones en redes sociales que la PSF puede compartir
cp-next-review = El personal de la PSF hará una revisión previa de su solicitud y es posible que le escriba con preguntas. Después, la revisa el Grupo de Trabajo de Subvenciones de la PSF; en algunos casos se consulta a la Junta Directiva de la PSF.
cp-note-meetup_pro-after = .
cp-note-meetup_pro-before = ¿Es un grupo de Meetup.com? La PSF también puede pagar sus cuotas de Meetup a través de la{ " " }
cp-note-meetup_pro-link = Meetup Pro Network
cp-preview-heading = Compruebe si su evento puede ser Community Partner
cp-preview-link-hidden = { " " }para el programa Community Partner
cp-preview-note = La solicitud también le pide que describa el evento (la PSF valora su impacto en la comunidad de Python) y que acepte ocho declaraciones.
cp-python_percent-hint = Introduzca un número entero del 0 al 100.
cp-python_percent-label = Aproximadamente, ¿qué porcentaje del evento está relacionado con Python?
cp-python_percent-required = Introduzca el porcentaje del evento que está relacionado con Python
cp-python_percent-subject = Porcentaje
cp-python_percent-summary = Relacionado con Python
cp-section-about = De qué se trata
cp-section-web_and_coc = Páginas web y código de conducta
cp-section-when = Cuándo es
cp-section-where = Dónde y cuántas personas
cp-start-button = Iniciar una solicitud de Community Partner
cp-step-acknowledgements-heading = Declaraciones
cp-step-acknowledgements-label = Declaraciones
cp-step-applicant-heading = Sus datos
cp-step-applicant-label = Sus datos
cp-step-event-heading = Datos del evento o la iniciativa
cp-step-event-label = Evento o iniciativa
cp-title-hint = Por ejemplo, PyCon Jupiter.
cp-title-label = Título del evento o la iniciativa
cp-title-required = Introduzca el título del evento o la iniciativa
cp-title-subject = Título
cp-title-summary = Título
cp-website-hint = Su propio sitio web, o su página de Meetup o de Luma. Por ejemplo, https://pycon.example.org
cp-website-label = Sitio web del evento o la iniciativa
cp-website-required = Introduzca el sitio web del evento o la iniciativa
cp-website-subject = Dirección del sitio web
cp-website-summary = Sitio web

date-field-day = Día
date-field-month = Mes
date-field-year = Año

description-hint = Qué es, a quién va dirigido y cómo ayuda a la comunidad de Python. Hasta { $max } caracteres.

draft-notice-continue = Continuar donde lo dejó
draft-notice-continue-hidden = con su solicitud de { $program }
draft-notice-start-again = Empezar de nuevo
draft-notice-start-again-hidden = (elimina sus respuestas guardadas de { $program })

eligibility-panel-criteria = Los criterios ({ $count })
eligibility-panel-heading = Cumplimiento de los requisitos
eligibility-panel-met = ({ $met } de { $total } cumplidos)
eligibility-panel-rule-lead = La norma:{ " " }

error-message-lead = Error:{ " " }
error-summary-title = Hay un problema

format-date-at-time = { $date } a las { $time }

gr-amount_requested-hint = En dólares estadounidenses, sin decimales; por ejemplo, 12500. Las solicitudes de más de { $amount } también pasan a la Junta Directiva de la PSF.
gr-amount_requested-label = ¿Cuánto solicita a la PSF?
gr-amount_requested-required = Introduzca la cantidad que solicita a la PSF
gr-amount_requested-subject = Cantidad solicitada
gr-amount_requested-summary = Cantidad solicitada
gr-attendance-label = ¿Dónde tiene lugar?
gr-attendance-option-in_person = Presencial (o híbrido)
gr-attendance-option-online = Solo en línea
gr-attendance-required = Seleccione si el evento es presencial o en línea
gr-attendance-subject = Dónde tiene lugar
gr-attendance-summary = Dónde
gr-budget-amount-hint = En dólares estadounidenses, sin decimales; por ejemplo, 4000.
gr-budget-amount-label = Cantidad
gr-budget-amount-required = Introduzca la cantidad en dólares estadounidenses, sin decimales
gr-budget-amount-subject = Cantidad
gr-budget-amount-summary = Cantidad
gr-budget-category-label = Categoría
gr-budget-category-option-accessibility = Accesibilidad (subtítulos, cuidado infantil, lengua de señas)
gr-budget-category-option-audio_video = Audio, video y transmisión en directo
gr-budget-category-option-food_and_drink = Comida y bebida
gr-budget-category-option-other = Otra
gr-budget-category-option-speaker_travel = Viajes de ponentes
gr-budget-category-option-swag = Artículos promocionales (no se financian)
gr-budget-category-option-travel_grants = Ayudas de viaje o becas
gr-budget-category-option-venue = Sede
gr-budget-category-required = Seleccione la categoría de esta partida
gr-budget-category-subject = Categoría
gr-budget-category-summary = Categoría
gr-budget-description-label = Qué cubre
gr-budget-description-required = Introduzca qué cubre esta partida
gr-budget-description-subject = Qué cubre
gr-budget-description-summary = Qué cubre
gr-budget-essential-label = Imprescindible: el evento no puede realizarse sin ello
gr-budget-essential-subject = Imprescindible: el evento no puede realizarse sin ello
gr-budget-essential-summary = Imprescindible
gr-budget-hint = Indique una partida por cada gasto que pagaría la subvención; entre todas deben sumar la cantidad solicitada. La PSF puede aprobar menos de lo que usted solicita, así que marque lo que es imprescindible para el evento. Las subvenciones nunca cubren artículos promocionales.
gr-budget-item = Partida del presupuesto
gr-budget-items = Partidas del presupuesto
gr-budget-label = ¿Qué pagaría la subvención?
gr-budget-quote_url-hint = Una página o un documento que los evaluadores puedan abrir.
gr-budget-quote_url-label = Enlace a una cotización o factura
gr-budget-quote_url-subject = Enlace a la cotización o factura
gr-budget-quote_url-summary = Cotización o factura
gr-budget-required = Añada al menos una partida del presupuesto
gr-budget-subject = Presupuesto
gr-budget-summary = Presupuesto
gr-city-label = Ciudad
gr-city-required = Introduzca la ciudad del evento
gr-city-subject = Ciudad
gr-city-summary = Ciudad
gr-coc_has_reporting-label = ¿Indica el código de conducta cómo comunicar un problema y quién responde?
gr-coc_has_reporting-required = Seleccione «Sí» si el código de conducta indica cómo comunicar un problema y quién responde
gr-coc_has_reporting-subject = Comunicación de problemas en el código de conducta
gr-coc_has_reporting-summary = El código de conducta indica cómo comunicar problemas
gr-code_of_conduct_url-label = Enlace al código de conducta
gr-code_of_conduct_url-required = Introduzca el enlace al código de conducta
gr-code_of_conduct_url-subject = Enlace al código de conducta
gr-code_of_conduct_url-summary = Código de conducta
gr-country-label = País
gr-country-required = Introduzca el país del evento
gr-country-subject = País
gr-country-summary = País
gr-description-label = Breve descripción
gr-description-required = Introduzca una breve descripción del evento o la iniciativa
gr-description-subject = Descripción
gr-description-summary = Descripción
gr-email-hint = La PSF envía su decisión y cualquier pregunta a esta dirección.
gr-email-label = Dirección de correo electrónico
gr-email-required = Introduzca su dirección de correo electrónico
gr-email-subject = Dirección de correo electrónico
gr-email-summary = Dirección de correo electrónico
gr-end_date-hint = Déjelo en blanco si el evento dura un solo día.
gr-end_date-label = ¿Cuándo termina?
gr-end_date-subject = Fecha de finalización
gr-end_date-summary = Fecha de finalización
gr-event_type-label = ¿Qué tipo de evento o iniciativa es?
gr-event_type-option-conference = Conferencia
gr-event_type-option-initiative = Iniciativa o proyecto
gr-event_type-option-meetup_series = Serie de meetups
gr-event_type-option-sprint = Sprint
gr-event_type-option-workshop = Taller
gr-event_type-required = Seleccione el tipo de evento o iniciativa
gr-event_type-subject = Tipo de evento o iniciativa
gr-event_type-summary = Tipo
gr-expected_attendees-hint = Su mejor estimación, como número entero.
gr-expected_attendees-label = ¿Cuántas personas espera?
gr-expected_attendees-required = Introduzca el número previsto de asistentes
gr-expected_attendees-subject = Número previsto de asistentes
gr-expected_attendees-summary = Asistentes previstos
gr-fact-1-detail = Dinero para un evento o una iniciativa de Python: una conferencia, un taller, un sprint, una serie de meetups o un proyecto. La PSF complementa otras fuentes de financiación; no paga un evento entero, y nunca artículos promocionales.
gr-fact-1-term = Qué obtiene
gr-fact-2-detail = Eventos e iniciativas que tratan principalmente sobre Python, con un código de conducta que indique cómo comunicar problemas y un presupuesto en el que cada gasto tenga su propia partida.
gr-fact-2-term = Quién puede solicitarla
gr-fact-3-detail =
    Al menos { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } antes del evento; se recomienda hacerlo con { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } de antelación o más, sobre todo para solicitudes de más de { $amount }.
gr-fact-3-term = Cuándo solicitarla
gr-fact-4-detail = Por correo electrónico, tras la revisión del personal de la PSF y del Grupo de Trabajo de Subvenciones (al menos un mes); para solicitudes de más de { $amount }, también decide la Junta Directiva de la PSF.
gr-fact-4-term = Decisión
gr-first_grant-label = ¿Es la primera solicitud de subvención del grupo a la PSF?
gr-first_grant-required = Seleccione «Sí» si es la primera solicitud de subvención del grupo a la PSF
gr-first_grant-subject = Primera solicitud de subvención
gr-first_grant-summary = Primera solicitud de subvención a la PSF
gr-first_name-label = Nombre
gr-first_name-required = Introduzca su nombre
gr-first_name-subject = Nombre
gr-first_name-summary = Nombre
gr-group_name-hint = Por ejemplo, la PyCon o el grupo de usuarios que organiza el evento.
gr-group_name-label = Nombre del grupo organizador
gr-group_name-required = Introduzca el nombre del grupo organizador
gr-group_name-subject = Nombre del grupo
gr-group_name-summary = Grupo organizador
gr-last_name-label = Apellidos
gr-last_name-required = Introduzca sus apellidos
gr-last_name-subject = Apellidos
gr-last_name-summary = Apellidos
gr-name = Subvenciones de la PSF
gr-next-board-after = , el Grupo de Trabajo de Subvenciones envía su solicitud, con su recomendación, a la Junta Directiva de la PSF, que se reúne cada dos meses.
gr-next-board-before = Si solicitó más de{ " " }
gr-next-decision-after = . Es posible que se apruebe una subvención por una cantidad menor de la que solicitó.
gr-next-decision-before = La decisión se envía por correo electrónico a{ " " }
gr-next-pre-review = El personal de la PSF hace una revisión previa de su solicitud y es posible que le escriba con preguntas.
gr-next-work-group = Después, la revisa el Grupo de Trabajo de Subvenciones de la PSF: una docena de personas o más, con experiencia en la organización de eventos, leen cada partida del presupuesto. Cuente con al menos un mes.
gr-other_sources-amount-hint = En dólares estadounidenses, sin decimales; por ejemplo, 5000.
gr-other_sources-amount-label = Cantidad
gr-other_sources-amount-required = Introduzca la cantidad en dólares estadounidenses, sin decimales
gr-other_sources-amount-subject = Cantidad
gr-other_sources-amount-summary = Cantidad
gr-other_sources-hint = Patrocinadores, venta de entradas, otras subvenciones: la PSF complementa otras fuentes de financiación. Déjelo en blanco si no hay ninguna.
gr-other_sources-item = Fuente
gr-other_sources-items = Fuentes
gr-other_sources-label = ¿Quién más financia el evento?
gr-other_sources-name-label = Patrocinador o fuente
gr-other_sources-name-required = Introduzca el nombre del patrocinador o la fuente
gr-other_sources-name-subject = Patrocinador o fuente
gr-other_sources-name-summary = Patrocinador o fuente
gr-other_sources-subject = Otras fuentes
gr-other_sources-summary = Otras fuentes
gr-preview-heading = Compruebe si su evento puede obtener una subvención de la PSF
gr-preview-link-hidden = { " " }para una subvención de la PSF
gr-preview-note = La solicitud también pide un presupuesto detallado: una partida por cada gasto, con las imprescindibles marcadas y sin artículos promocionales.
gr-python_percent-hint = Introduzca un número entero del 0 al 100.
gr-python_percent-label = Aproximadamente, ¿qué porcentaje del evento trata sobre Python?
gr-python_percent-required = Introduzca el porcentaje del evento que trata sobre Python
gr-python_percent-subject = Porcentaje
gr-python_percent-summary = Relacionado con Python
gr-section-about = De qué se trata
gr-section-budget = Presupuesto detallado
gr-section-other_sources = Otros patrocinadores y fuentes
gr-section-request = Su solicitud
gr-section-web_and_coc = Sitio web y código de conducta
gr-section-when_where = Cuándo y dónde
gr-start-button = Iniciar una solicitud de subvención
gr-start_date-hint = Por ejemplo, { $date }. Para una iniciativa, el día en que empieza.
gr-start_date-label = ¿Cuándo empieza?
gr-start_date-required = Introduzca la fecha de inicio del evento o la iniciativa
gr-start_date-subject = Fecha de inicio
gr-start_date-summary = Fecha de inicio
gr-step-applicant-heading = Sus datos
gr-step-applicant-label = Sus datos
gr-step-event-heading = El evento o la iniciativa
gr-step-event-label = Evento o iniciativa
gr-step-money-heading = La financiación
gr-step-money-label = Financiación
gr-title-label = Título del evento o la iniciativa
gr-title-required = Introduzca el título del evento o la iniciativa
gr-title-subject = Título
gr-title-summary = Título
gr-total_budget-hint = Todo lo que cuesta el evento, de todas las fuentes, en dólares estadounidenses, sin decimales.
gr-total_budget-label = ¿Cuál es el presupuesto total del evento?
gr-total_budget-required = Introduzca el presupuesto total del evento
gr-total_budget-subject = Presupuesto total
gr-total_budget-summary = Presupuesto total
gr-website-label = Sitio web del evento o la iniciativa
gr-website-required = Introduzca el sitio web del evento o la iniciativa
gr-website-subject = Sitio web
gr-website-summary = Sitio web

language-switcher-label = Idioma

load-failed-body = Compruebe su conexión a internet y vuelva a intentarlo. Sus respuestas siguen aquí.
load-failed-heading = No se pudo cargar esta página
load-failed-retry = Volver a intentarlo
load-loading = Cargando…

mp-city-label = Ciudad
mp-city-required = Introduzca la ciudad donde se reúne el grupo
mp-city-subject = Ciudad
mp-city-summary = Ciudad
mp-coc_in_about-hint = Abra la página de Meetup de su grupo y consulte la sección «Acerca de».
mp-coc_in_about-label = ¿Está el código de conducta incluido o enlazado en la sección «Acerca de» de su página de Meetup?
mp-coc_in_about-required = Seleccione «Sí» si el código de conducta está en la sección «Acerca de» de su página de Meetup
mp-coc_in_about-subject = Código de conducta en la sección «Acerca de»
mp-coc_in_about-summary = Código de conducta en la sección «Acerca de»
mp-code_of_conduct_url-label = Enlace al código de conducta del grupo
mp-code_of_conduct_url-required = Introduzca el enlace al código de conducta del grupo
mp-code_of_conduct_url-subject = Enlace al código de conducta
mp-code_of_conduct_url-summary = Código de conducta
mp-country-label = País
mp-country-required = Introduzca el país donde se reúne el grupo
mp-country-subject = País
mp-country-summary = País
mp-email-hint = La PSF envía su decisión por correo electrónico. Use la dirección de su cuenta de psfmember.org si tiene una.
mp-email-label = Dirección de correo electrónico
mp-email-required = Introduzca su dirección de correo electrónico
mp-email-subject = Dirección de correo electrónico
mp-email-summary = Dirección de correo electrónico
mp-events_last_12_months-hint = Cuente los eventos virtuales y los presenciales.
mp-events_last_12_months-label = ¿Cuántos eventos celebró el grupo en los últimos 12 meses?
mp-events_last_12_months-required = Introduzca cuántos eventos celebró el grupo en los últimos 12 meses
mp-events_last_12_months-subject = Número de eventos
mp-events_last_12_months-summary = Eventos en los últimos 12 meses
mp-events_next_12_months-hint = Cuente los eventos virtuales y los presenciales.
mp-events_next_12_months-label = ¿Cuántos eventos tiene previsto celebrar el grupo en los próximos 12 meses?
mp-events_next_12_months-required = Introduzca cuántos eventos tiene previsto celebrar el grupo en los próximos 12 meses
mp-events_next_12_months-subject = Número de eventos
mp-events_next_12_months-summary = Eventos previstos en los próximos 12 meses
mp-fact-1-detail = La PSF paga la suscripción a Meetup Pro de su grupo (unos 15 dólares estadounidenses al mes), así que las personas que lo organizan ya no pagan por Meetup.
mp-fact-1-term = Qué obtiene
mp-fact-2-detail =
    Grupos de Python en Meetup.com cuyo contenido trate principalmente sobre Python (la PSF pide al menos un { $share }), con un código de conducta en la sección «Acerca de» del grupo y al menos { $events ->
        [one] { $events } evento al año, virtual o presencial.
       *[other] { $events } eventos al año, virtuales o presenciales.
    }
mp-fact-2-term = Quién puede solicitarlo
mp-fact-3-detail = En cualquier momento.
mp-fact-3-term = Cuándo solicitarlo
mp-fact-4-detail =
    Por correo electrónico, normalmente en un plazo de { $earliest } a { $latest ->
        [one] { $latest } día hábil
       *[other] { $latest } días hábiles
    }.
mp-fact-4-term = Decisión
mp-full_name-label = Nombre completo
mp-full_name-required = Introduzca su nombre completo
mp-full_name-subject = Nombre completo
mp-full_name-summary = Nombre completo
mp-group_name-label = Nombre del grupo de Meetup
mp-group_name-required = Introduzca el nombre del grupo de Meetup
mp-group_name-subject = Nombre del grupo
mp-group_name-summary = Nombre del grupo
mp-meetup_url-hint = Por ejemplo, https://www.meetup.com/your-group-name/
mp-meetup_url-label = Dirección de la página de Meetup del grupo
mp-meetup_url-required = Introduzca la dirección de la página de Meetup del grupo
mp-meetup_url-subject = Dirección de la página de Meetup
mp-meetup_url-summary = Página de Meetup
mp-name = Meetup Pro Network
mp-next-contact-after = . Si se acepta su grupo, el correo electrónico explica cómo unirse a la Meetup Pro Network de la PSF.
mp-next-contact-before = Es posible que alguien del personal de la PSF le escriba con preguntas. La decisión se envía por correo electrónico a{ " " }
mp-next-decision-after = .
mp-next-decision-and = { " " }y el{ " " }
mp-next-decision-before =
    El personal de la PSF prevé revisar su solicitud en un plazo de { $earliest } a { $latest ->
        [one] { $latest } día hábil
       *[other] { $latest } días hábiles
    }: debería recibir noticias entre el{ " " }
mp-preview-heading = Compruebe si su grupo de Meetup puede unirse a la Meetup Pro Network
mp-preview-link-hidden = { " " }para la Meetup Pro Network
mp-preview-note = La PSF también revisa la página de Meetup de su grupo cuando evalúa su solicitud.
mp-python_percent-hint = Introduzca un número entero del 0 al 100. El contenido puede incluir temas afines, como networking o nociones básicas de aprendizaje automático.
mp-python_percent-label = Aproximadamente, ¿qué porcentaje del contenido del grupo trata sobre Python?
mp-python_percent-required = Introduzca el porcentaje del contenido del grupo que trata sobre Python
mp-python_percent-subject = Porcentaje
mp-python_percent-summary = Contenido sobre Python
mp-role-hint = Por ejemplo, organizador o coorganizador.
mp-role-label = Su función en el grupo
mp-role-required = Introduzca su función en el grupo
mp-role-subject = Función
mp-role-summary = Función en el grupo
mp-section-code_of_conduct = Código de conducta
mp-section-events = Eventos y contenido
mp-section-group = El grupo
mp-start-button = Iniciar una solicitud para la Meetup Pro Network
mp-step-applicant-heading = Sus datos
mp-step-applicant-label = Sus datos
mp-step-group-heading = Su grupo de Meetup
mp-step-group-label = Grupo de Meetup

msg-add-another = Añadir otra { $item }
msg-add-first = Añadir una { $item }
msg-add-reminder-for = Añadir a su calendario un recordatorio para el { $date }
msg-advised-by = Fecha recomendada
msg-application-name = Solicitud de { $program }
msg-apply-by = Fecha límite
msg-apply-from = Plazo abierto desde
msg-board-note = Solicitudes de más de { $amount }: tras la revisión del Grupo de Trabajo de Subvenciones, decide la Junta Directiva de la PSF. La Junta se reúne cada dos meses, así que cuente con más tiempo.
msg-box-unticked = Marque la casilla para confirmar que { $gist }
msg-changed = { $rule }: { $status }.
msg-changed-verdict = { $verdict }.
msg-check-entered = Compruebe lo que ha introducido en «{ $subject }»
msg-check-the = Compruebe lo que ha indicado en «{ $subject }»
msg-checklist-all = Las { $total } aceptadas
msg-checklist-some = { $ticked } de { $total } aceptadas
msg-criterion-code-of-conduct = Debe tener un código de conducta que se pueda hacer cumplir y que indique cómo comunicar problemas.
msg-criterion-cp-acknowledgements = Debe aceptar los límites del título de Community Partner, recogidos en ocho declaraciones.
msg-criterion-cp-community-impact = Debe tener un impacto positivo en la comunidad de Python.
msg-criterion-cp-group-not-event = Los grupos que organizan varios eventos al año presentan una sola solicitud para todo el grupo.
msg-criterion-cp-python-share = El evento o la iniciativa debe tratar específicamente sobre Python, o principalmente sobre Python.
msg-criterion-cp-web-page = Debe tener una página web consolidada, como un dominio propio, una página de Meetup o una página de Luma.
msg-criterion-cp-window =
    Presente la solicitud al menos { $min ->
        [one] { $min } semana
       *[other] { $min } semanas
    } antes del evento ({ $advised ->
        [one] { $advised } semana
       *[other] { $advised } semanas
    } si es su primera solicitud) y no más de { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } antes.
msg-criterion-gr-board-review = Las solicitudes de más de { $amount } pasan a la Junta Directiva de la PSF tras la revisión del Grupo de Trabajo de Subvenciones.
msg-criterion-gr-budget-itemised = Cada concepto debe tener su propio costo, directamente relacionado con el evento, y las partidas deben sumar la cantidad solicitada.
msg-criterion-gr-essentials-marked = Marque los gastos imprescindibles: la PSF puede aprobar menos de lo que usted solicita.
msg-criterion-gr-no-swag = Las subvenciones no cubren artículos promocionales.
msg-criterion-gr-other-sources = La PSF complementa otras fuentes de financiación: conviene conocer las demás fuentes.
msg-criterion-gr-python-share = Más del { $share } del evento o la iniciativa debe tratar sobre Python.
msg-criterion-gr-request-within-budget = La cantidad solicitada no puede ser mayor que el presupuesto total del evento.
msg-criterion-gr-window =
    Presente la solicitud al menos { $min ->
        [one] { $min } semana
       *[other] { $min } semanas
    } antes del evento; se recomienda hacerlo con { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } de antelación o más.
msg-criterion-mp-code-of-conduct = La sección «Acerca de» de la página de Meetup del grupo debe incluir su código de conducta o un enlace a él.
msg-criterion-mp-events-per-year =
    El grupo debe celebrar al menos { $min ->
        [one] { $min } evento al año, virtual o presencial.
       *[other] { $min } eventos al año, virtuales o presenciales.
    }
msg-criterion-mp-meetup-url = El grupo debe ser un grupo de Meetup en meetup.com.
msg-criterion-mp-python-share = El contenido del grupo debe tratar principalmente sobre Python. Las pautas de la PSF para organizadores piden al menos un { $guidance }.
msg-date-incomplete =
    { $subject }: debe incluir { $missing ->
        [day] el día
        [month] el mes
        [year] el año
        [day-month] el día y el mes
        [day-year] el día y el año
        [month-year] el mes y el año
       *[all] el día, el mes y el año
    }
msg-date-invalid = { $subject }: debe ser una fecha real, con el año en 4 cifras
msg-draft-in-progress = Tiene una solicitud de { $program } en curso
msg-draft-saved = Sus respuestas están guardadas en este navegador.
msg-draft-saved-on = Sus respuestas se guardaron en este navegador el { $when }.
msg-email-format = Introduzca una dirección de correo electrónico con el formato correcto; por ejemplo, nombre@example.com
msg-end-before-start = { $subject }: debe ser igual o posterior a la fecha de inicio
msg-file-broken = El archivo es una solicitud de { $program } guardada, pero se ha modificado o dañado y no se puede leer. Elija otra copia o vuelva a introducir sus respuestas.
msg-file-empty = El archivo que ha elegido está vacío. Elija el archivo que guardó desde este formulario.
msg-file-newer-version = El archivo se guardó con una versión más reciente de este formulario, así que no se puede leer aquí. Abra el formulario en el que lo guardó o empiece de nuevo aquí.
msg-file-not-json = El archivo que ha elegido no es un archivo de respuestas guardadas. Elija el archivo .json que guardó con «Guardar sus respuestas en un archivo».
msg-file-not-saved-answers = El archivo que ha elegido no es un archivo de respuestas guardadas (no se puede continuar una copia descargada de una solicitud ya enviada). Elija el archivo que guardó con «Guardar sus respuestas en un archivo».
msg-file-older-version = El archivo se guardó con una versión anterior de este formulario que esta versión no puede leer. Lo sentimos: tendrá que volver a introducir sus respuestas.
msg-file-other-program = El archivo contiene una solicitud de { $program }, que este formulario no admite. Abra la solicitud de { $program } para continuarla.
msg-file-too-large = El archivo que ha elegido es demasiado grande para contener respuestas guardadas (ocupan menos de 1 MB). Elija el archivo que guardó desde este formulario.
msg-file-unknown-program = El archivo contiene respuestas a una solicitud que este formulario no admite.
msg-file-unreadable = No se ha podido leer el archivo que ha elegido. Intente elegirlo de nuevo o guárdelo antes en este dispositivo.
msg-grant-window-advised-earlier =
    A tiempo, pero se recomienda presentar la solicitud con { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } de antelación, para que el Grupo de Trabajo de Subvenciones tenga tiempo de revisarla. Preséntela pronto.
msg-grant-window-board-time-advice =
    A tiempo, pero una solicitud de más de { $amount } pasa a la Junta Directiva de la PSF, que se reúne cada dos meses y puede tardar hasta dos meses en examinarla. Si puede, preséntela con { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } de antelación.
msg-grant-window-in-window = Está a tiempo de sobra. Si puede, presente la solicitud a más tardar el { $advised_by }; el último día es el { $apply_by }.
msg-grant-window-started = Esta fecha es hoy o ya ha pasado: las subvenciones son para eventos que aún no han empezado.
msg-grant-window-too-late =
    Demasiado tarde para esta fecha: el último día para presentar la solicitud fue el { $apply_by }, { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } antes del evento.
msg-heading-check = Compruebe sus respuestas antes de enviar la solicitud
msg-heading-confirmation = Solicitud enviada
msg-heading-start = Presente una solicitud a un programa comunitario de la PSF
msg-in-line = { $line }: { $problem }
msg-kept-not-saved = Este navegador no puede guardar sus respuestas: mantenga abierta esta página o descargue una copia más abajo.
msg-kept-offline-not-saved = Mantenga abierta esta página: este navegador no puede guardar sus respuestas. Su solicitud se enviará en cuanto vuelva a tener conexión.
msg-kept-offline-saved = Sus respuestas están guardadas en este navegador. Su solicitud se enviará en cuanto vuelva a tener conexión.
msg-kept-saved = Sus respuestas están guardadas en este navegador y puede descargar una copia más abajo.
msg-line-added = { $line } añadida.
msg-line-name = { $item } { $n }
msg-line-removed =
    { $line } eliminada. { $left ->
        [0] Ya no quedan { $items }.
        [one] Queda { $left } { $item }.
       *[other] Quedan { $left } { $items }.
    }
msg-lines-full =
    Ha añadido { $max ->
        [one] { $max } { $item }
       *[other] { $max } { $items }
    }, el máximo que admite este formulario.
msg-negative-amount = { $subject }: debe ser { $min } o más, sin signo menos
msg-no = No
msg-not-answered = Sin responder
msg-not-answered-code-of-conduct = Introduzca el enlace al código de conducta e indique si explica cómo comunicar problemas.
msg-not-answered-cp-acknowledgements = Marque las ocho declaraciones.
msg-not-answered-cp-community-impact = Describa el evento o la iniciativa: la PSF evalúa su impacto en la comunidad de Python.
msg-not-answered-cp-group-not-event = Seleccione el tipo de evento o iniciativa.
msg-not-answered-cp-python-share = Indique qué parte del evento está relacionada con Python.
msg-not-answered-cp-web-page = Introduzca el sitio web del evento o la iniciativa.
msg-not-answered-cp-window = Introduzca la fecha del evento o la iniciativa.
msg-not-answered-gr-board-review = Introduzca la cantidad solicitada.
msg-not-answered-gr-budget-itemised = Introduzca la cantidad solicitada y una cantidad en cada partida del presupuesto.
msg-not-answered-gr-budget-lines = Añada las partidas de su presupuesto.
msg-not-answered-gr-budget-total = Introduzca la cantidad solicitada y el presupuesto total del evento.
msg-not-answered-gr-python-share = Indique qué parte del evento trata sobre Python.
msg-not-answered-gr-window = Introduzca la fecha de inicio del evento o la iniciativa.
msg-not-answered-mp-code-of-conduct = Introduzca el enlace al código de conducta e indique si está en la sección «Acerca de».
msg-not-answered-mp-events-per-year = Indique cuántos eventos ha celebrado el grupo y cuántos tiene previstos.
msg-not-answered-mp-meetup-url = Introduzca la dirección de la página de Meetup del grupo.
msg-not-answered-mp-python-share = Indique qué parte del contenido del grupo trata sobre Python.
msg-not-found = Página no encontrada
msg-not-known-yet = aún no se conoce
msg-not-sent-busy = El servicio de la PSF está ocupado. Vuelva a intentarlo dentro de unos minutos.
msg-not-sent-busy-for =
    El servicio de la PSF está ocupado. Vuelva a intentarlo dentro de { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
msg-not-sent-network = Su solicitud no ha podido llegar al servicio de la PSF. Compruebe su conexión y vuelva a intentarlo.
msg-not-sent-offline = Parece que no tiene conexión. Compruebe su conexión y vuelva a intentarlo.
msg-not-sent-refused = El servicio de la PSF ha rechazado la solicitud (error { $status }). Sus respuestas se conservan. Vuelva a intentarlo más tarde o escriba a grants@python.org.
msg-not-sent-server = El servicio de la PSF ha tenido un problema (error { $status }). Vuelva a intentarlo dentro de unos minutos.
msg-not-sent-timeout = El servicio de la PSF ha tardado demasiado en responder. Vuelva a intentarlo en un momento.
msg-notice-acknowledgements-changed = Las declaraciones han cambiado desde que guardó su solicitud. Léalas y vuelva a marcarlas.
msg-notice-draft-outdated = No se ha podido usar una solicitud guardada con una versión anterior de este formulario, así que se ha eliminado. Lo sentimos: tendrá que volver a introducir sus respuestas.
msg-notice-draft-unreadable = No se ha podido leer una solicitud de { $program } guardada en este navegador, así que se ha eliminado. Lo sentimos: tendrá que volver a introducir sus respuestas.
msg-notice-storage-failed = Sus últimas respuestas no se han podido guardar en este navegador (puede que su almacenamiento esté lleno). Se conservan mientras esta página siga abierta: no la cierre antes de enviar la solicitud.
msg-notice-storage-unavailable = Sus respuestas no se pueden guardar en este navegador (su almacenamiento está desactivado, bloqueado o lleno). Solo se conservan mientras esta página siga abierta.
msg-optional = (opcional)
msg-post-call-for-proposals = Anuncio de convocatoria de propuestas
msg-post-fundraiser = Recaudación de fondos o petición de donaciones
msg-post-mission-statement = Declaración de misión
msg-post-other = Otra cosa
msg-post-paid-registration = Promoción de inscripciones de pago
msg-post-purchase = Compra o contenido relacionado con ingresos
msg-post-save-the-date = Reserve la fecha (save the date)
msg-post-schedule-release = Publicación de la agenda
msg-post-travel-grant = Anuncio de ayudas de viaje o becas
msg-quoted = «{ $text }»
msg-range = { $subject }: debe estar entre { $min } y { $max }
msg-reason-acknowledgements-all = Las ha aceptado todas.
msg-reason-acknowledgements-missing =
    { $missing ->
        [one] { $missing } de { $total } aún no está marcada. Tendrá que aceptarlas todas.
       *[other] { $missing } de { $total } aún no están marcadas. Tendrá que aceptarlas todas.
    }
msg-reason-acknowledgements-none = Aún no ha marcado ninguna de las { $total }. Tendrá que aceptarlas todas.
msg-reason-board-review = Solicitudes de más de { $threshold }: tras la revisión del Grupo de Trabajo de Subvenciones, decide la Junta Directiva de la PSF. La Junta se reúne cada dos meses, así que el proceso lleva más tiempo.
msg-reason-budget-adds-up = Las partidas suman la cantidad solicitada, { $total }.
msg-reason-budget-mismatch = Las partidas suman { $total }, pero usted solicita { $requested }. Cambie las partidas o la cantidad solicitada para que coincidan.
msg-reason-code-of-conduct-in-about = Ha confirmado que el código de conducta está en la sección «Acerca de» del grupo.
msg-reason-code-of-conduct-no-reporting = El código de conducta debe indicar cómo comunicar un problema y quién responde. Añada esa información y después responda «Sí».
msg-reason-code-of-conduct-not-in-about = El código de conducta debe estar incluido o enlazado en la sección «Acerca de» de la página de Meetup del grupo. Añádalo allí y después responda «Sí».
msg-reason-code-of-conduct-with-reporting = Ha confirmado que el código de conducta indica cómo comunicar un problema y quién responde.
msg-reason-community-impact = La PSF lo evalúa a partir de su descripción: este formulario no puede valorarlo.
msg-reason-essentials-marked =
    { $count ->
        [one] { $count } partida está marcada como imprescindible.
       *[other] { $count } partidas están marcadas como imprescindibles.
    }
msg-reason-event-past = El { $date } es hoy o ya ha pasado. La PSF colabora con eventos que aún no se han celebrado: compruebe la fecha.
msg-reason-events-held =
    { $held ->
        [one] { $held } evento
       *[other] { $held } eventos
    } en los últimos 12 meses: se necesitan al menos { $minimum } al año.
msg-reason-first-timer-advice =
    A tiempo, pero a quienes presentan su primera solicitud se les recomienda hacerlo con { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } de antelación, a más tardar el { $advised_by }. Presente la solicitud cuanto antes: el último día es el { $apply_by }.
msg-reason-grant-advised-earlier =
    A tiempo, pero se recomienda presentar las solicitudes con { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } de antelación, a más tardar el { $advised_by }, para que el Grupo de Trabajo de Subvenciones tenga tiempo de revisarlas. El último día es el { $apply_by }.
msg-reason-grant-board-time-advice =
    A tiempo, pero una solicitud de más de { $amount } pasa a la Junta Directiva de la PSF, que se reúne cada dos meses y puede tardar hasta dos meses en examinarla. Se recomienda presentar las solicitudes con { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } de antelación, a más tardar el { $advised_by }. El último día es el { $apply_by }.
msg-reason-grant-in-window = A tiempo: se recomienda presentar la solicitud a más tardar el { $advised_by }, y el último día es el { $apply_by }.
msg-reason-grant-too-late =
    Demasiado tarde: las solicitudes de subvención deben enviarse al menos { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } antes del evento. El último día fue el { $last_day }.
msg-reason-group-applies-once = Los Meetups, los grupos de usuarios y los capítulos de PyLadies presentan una sola solicitud para todo el grupo, no una por evento. Asegúrese de que esta solicitud es para el grupo.
msg-reason-gwg-decides = Solicitudes de hasta { $threshold }: decide el Grupo de Trabajo de Subvenciones.
msg-reason-in-window = A tiempo: puede presentar la solicitud desde el { $apply_from } hasta el { $apply_by }.
msg-reason-meetup-group = Es el grupo de Meetup «{ $group }».
msg-reason-new-group-planned =
    { $held ->
        [one] { $held } evento celebrado
       *[other] { $held } eventos celebrados
    } hasta ahora, pero { $planned ->
        [one] { $planned } previsto
       *[other] { $planned } previstos
    } para los próximos 12 meses. Puede presentar la solicitud como grupo nuevo: la PSF buscará al menos { $minimum ->
        [one] { $minimum } evento
       *[other] { $minimum } eventos
    } al año.
msg-reason-no-essentials = Ninguna partida está marcada como imprescindible. La PSF puede aprobar menos de lo que usted solicita: marque los gastos sin los que el evento no puede realizarse.
msg-reason-no-other-sources = No figura ningún otro patrocinador ni fuente. La PSF complementa otras fuentes de financiación: indique las demás si las tiene.
msg-reason-no-swag = Ninguna partida del presupuesto es de artículos promocionales.
msg-reason-not-meetup-group = Esta no es la página de un grupo de Meetup. Introduzca la dirección del grupo en meetup.com; por ejemplo, https://www.meetup.com/your-group-name/.
msg-reason-other-sources-listed =
    { $count ->
        [one] Figura { $count } fuente de financiación más.
       *[other] Figuran { $count } fuentes de financiación más.
    }
msg-reason-python-share-below-guidance = Un { $share } es mayoría, así que puede presentar la solicitud, pero las pautas de la PSF para organizadores piden al menos un { $guidance } de contenido sobre Python.
msg-reason-python-share-majority = Un { $share } está relacionado con Python: más del { $threshold }.
msg-reason-python-share-meets-guidance = Un { $share } de contenido sobre Python cumple las pautas de la PSF, que piden al menos un { $guidance }.
msg-reason-python-share-not-majority = Un { $share } no es suficiente: más del { $threshold } debe tratar sobre Python. Si el contenido sobre Python es mayor de lo que indicó, cambie el porcentaje.
msg-reason-request-above-budget = Usted solicita { $requested }, más que todo el presupuesto del evento, que es de { $total }. Compruebe ambas cantidades.
msg-reason-request-is-whole-budget = Usted solicita { $requested }, todo el presupuesto. Una subvención de la PSF no suele cubrir un evento entero: indique las demás fuentes de financiación.
msg-reason-request-within-budget = { $requested } de un presupuesto total de { $total }.
msg-reason-single-event = Esta solicitud abarca este único evento o iniciativa.
msg-reason-swag-line = La partida { $line } del presupuesto es de artículos promocionales, que la PSF nunca financia. Elimínela o destine el dinero a otro gasto.
msg-reason-swag-line-described = La partida { $line } del presupuesto («{ $description }») es de artículos promocionales, que la PSF nunca financia. Elimínela o destine el dinero a otro gasto.
msg-reason-too-early =
    Demasiado pronto: el plazo de solicitud se abre { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } antes del evento. Puede presentar la solicitud a partir del { $opens }.
msg-reason-too-few-events =
    { $held ->
        [one] { $held } evento celebrado
       *[other] { $held } eventos celebrados
    } y { $planned ->
        [one] { $planned } previsto
       *[other] { $planned } previstos
    }: un grupo debe celebrar al menos { $minimum ->
        [one] { $minimum } evento
       *[other] { $minimum } eventos
    } al año. Planifique al menos { $minimum ->
        [one] { $minimum } evento
       *[other] { $minimum } eventos
    } y después presente la solicitud.
msg-reason-too-late =
    Demasiado tarde: las solicitudes deben enviarse al menos { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } antes del evento. El último día para presentarla fue el { $last_day }.
msg-reason-web-page-established =
    La dirección es { $kind ->
        [meetup] una página de Meetup
        [luma] una página de Luma
        [social-media] un perfil o una publicación en redes sociales
        [link-shortener] un enlace acortado
        [file-sharing] un archivo o una carpeta compartidos
       *[own-domain] un sitio web propio
    }, lo que cuenta como página web consolidada.
msg-reason-web-page-weak =
    La dirección parece { $kind ->
        [meetup] una página de Meetup
        [luma] una página de Luma
        [own-domain] un sitio web propio
        [link-shortener] un enlace acortado
        [file-sharing] un archivo o una carpeta compartidos
       *[social-media] un perfil o una publicación en redes sociales
    }. Puede presentar la solicitud de todos modos, pero la PSF busca una página consolidada: el sitio web propio del evento o su página de Meetup o de Luma. Use una de ellas si la tiene.
msg-receipt-clock-skew = La fecha o la hora de su dispositivo parecen incorrectas, así que no se han podido comprobar las fechas de su solicitud. Ponga en su dispositivo la fecha y la hora correctas y vuelva a enviar la solicitud.
msg-receipt-offset-out-of-range = La zona horaria configurada en su dispositivo parece incorrecta, así que no se han podido comprobar las fechas de su solicitud. Compruebe la zona horaria de su dispositivo y vuelva a enviar la solicitud.
msg-refused-answer = Compruebe su respuesta a «{ $question }»: el servicio de la PSF no la ha aceptado
msg-refused-answer-detail = { $question }: { $detail }
msg-refused-application = El servicio de la PSF no ha aceptado la solicitud: { $detail }
msg-refused-application-no-details = El servicio de la PSF no ha aceptado la solicitud: no se han indicado detalles
msg-refused-unmatched = El servicio de la PSF ha indicado un problema que no corresponde a ninguna pregunta ({ $pointer }): { $detail }
msg-refused-unmatched-no-details = El servicio de la PSF ha indicado un problema que no corresponde a ninguna pregunta ({ $pointer }): no se han indicado detalles
msg-reminder-advised-by = La PSF recomienda enviar su solicitud de { $program } a más tardar hoy, para que haya tiempo de revisarla.
msg-reminder-advised-by-title = Presente hoy su solicitud de { $program }
msg-reminder-apply-by = Hoy es el último día para enviar a tiempo su solicitud de { $program }.
msg-reminder-apply-by-title = Último día para presentar la solicitud de { $program }
msg-reminder-decision-by = La PSF prevé decidir sobre su solicitud de { $program } a más tardar hoy. Si no ha recibido noticias, escriba a grants@python.org.
msg-reminder-decision-by-title = Decisión prevista de la PSF sobre su solicitud de { $program }
msg-reminder-event-on = Su evento es el { $date }.
msg-reminder-for-advised-by = (la fecha recomendada para presentar la solicitud)
msg-reminder-for-apply-by = (el último día para presentar la solicitud)
msg-reminder-for-decision-by = (la fecha límite prevista para recibir una decisión)
msg-reminder-for-window-opens = (se abre el plazo de solicitud)
msg-reminder-window-opens =
    Hoy se abre el plazo de solicitud del programa { $program }, { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } antes de su evento.
msg-reminder-window-opens-apply-by =
    Presente la solicitud al menos { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } antes del evento.
msg-reminder-window-opens-title = { $program }: hoy se abre el plazo de solicitud
msg-remove = Eliminar
msg-reshare-cues = Palabras encontradas: { $found }. La PSF no comparte recaudaciones de fondos, promociones de inscripciones de pago ni ventas: quítelas o la decisión quedará en manos de la PSF.
msg-reshare-decided-by-psf = Lo decide la PSF
msg-reshare-eligible = Cumple los requisitos: la PSF puede compartir esta publicación
msg-reshare-fact-calendar = El momento en que se comparte una publicación depende del calendario de redes sociales de la PSF.
msg-reshare-fact-content = Las publicaciones deben ser profesionales e inclusivas. No se compartirá contenido discriminatorio, sexualizado o inapropiado por cualquier otro motivo.
msg-reshare-fact-most =
    La PSF comparte como máximo { $max ->
        [one] { $max } publicación
       *[other] { $max } publicaciones
    } por Community Partner, según la disponibilidad del Grupo de Trabajo de Subvenciones.
msg-reshare-intro = Si es Community Partner, la PSF puede compartir hasta { $max } de sus publicaciones en redes sociales desde las cuentas de la PSF en LinkedIn, Bluesky, Mastodon y X. Compruebe aquí una publicación antes de pedirlo.
msg-reshare-not-eligible = No cumple los requisitos: la PSF no comparte este tipo de publicación
msg-reshare-reason-contradicted = Ha elegido «{ $kind }», pero el texto parece el de una publicación de las que la PSF no comparte, así que lo decidirá la PSF.
msg-reshare-reason-decided-by-psf = Este tipo de publicación no figura en ninguna de las dos listas de la PSF, así que la PSF lo decide cuando usted lo pida.
msg-reshare-reason-eligible = «{ $kind }» es uno de los tipos de publicación que la PSF comparte: avisos de «reserve la fecha», declaraciones de misión, anuncios de convocatorias de propuestas, publicaciones de la agenda y anuncios de ayudas de viaje o becas.
msg-reshare-reason-not-eligible = «{ $kind }» es uno de los tipos de publicación que la PSF no comparte: recaudaciones de fondos o peticiones de donaciones, promociones de inscripciones de pago y compras o contenido relacionado con ingresos.
msg-rule-code-of-conduct = Un código de conducta que explique claramente cómo comunicar problemas
msg-rule-cp-acknowledgements = Las ocho declaraciones
msg-rule-cp-community-impact = Impacto positivo en la comunidad de Python
msg-rule-cp-group-not-event = Una solicitud por grupo o evento
msg-rule-cp-python-share = Principalmente sobre Python
msg-rule-cp-web-page = Una página web consolidada
msg-rule-gr-board-review = Quién decide
msg-rule-gr-budget-itemised = Un presupuesto detallado
msg-rule-gr-essentials-marked = Gastos imprescindibles marcados
msg-rule-gr-no-swag = Sin artículos promocionales
msg-rule-gr-other-sources = Otras fuentes de financiación
msg-rule-gr-python-share = Un evento de Python
msg-rule-gr-request-within-budget = La cantidad solicitada forma parte del presupuesto
msg-rule-mp-code-of-conduct = Código de conducta en la sección «Acerca de»
msg-rule-mp-events-per-year =
    Al menos { $min ->
        [one] { $min } evento
       *[other] { $min } eventos
    } al año
msg-rule-mp-meetup-url = Un grupo de Meetup
msg-rule-mp-python-share = Contenido principalmente sobre Python
msg-rule-window = Presentar la solicitud en el plazo adecuado
msg-status-fail = No cumplido
msg-status-fail-in-sentence = no cumplido
msg-status-pass = Cumplido
msg-status-pass-in-sentence = cumplido
msg-status-unknown = Sin responder todavía
msg-status-unknown-in-sentence = sin responder todavía
msg-status-warn = Cumplido, con recomendaciones
msg-status-warn-in-sentence = cumplido, con recomendaciones
msg-step-check = Comprobar y enviar
msg-step-of = Paso { $n } de { $of }
msg-step-preview = Comprobación de requisitos
msg-step-start = Inicio
msg-step-submitted = Enviada
msg-title = { $page } – { $application } – PSF
msg-title-check = Compruebe sus respuestas
msg-title-error = Error: { $title }
msg-title-no-program = { $page } – PSF
msg-too-long =
    { $subject }: debe tener { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    } como máximo
msg-too-long-no-limit = { $subject }: el texto es demasiado largo
msg-too-many =
    Puede añadir como máximo { $max ->
        [one] { $max } { $item }
       *[other] { $max } { $items }
    }: combine algunas
msg-total = Las partidas suman { $total }.
msg-total-exact = Las partidas suman { $total }. Es exactamente la { $against }.
msg-total-over = Las partidas suman { $total }. { $against }: { $amount }, así que las partidas superan en { $gap } lo que usted solicita.
msg-total-under = Las partidas suman { $total }. { $against }: { $amount }, así que aún faltan { $gap } por incluir en alguna partida.
msg-verdict-eligible = Cumple los requisitos
msg-verdict-eligible-with-advice = Cumple los requisitos, con recomendaciones
msg-verdict-incomplete = Aún sin terminar
msg-verdict-not-eligible = No cumple los requisitos con estas respuestas
msg-web-address-format = Introduzca en «{ $subject }» una dirección con el formato correcto; por ejemplo, { $example }
msg-whole-dollars = Introduzca en «{ $subject }» una cantidad en dólares estadounidenses, sin decimales; por ejemplo, { $example }
msg-whole-number = { $subject }: debe ser un número entero; por ejemplo, { $example }
msg-window-advised-later =
    A tiempo, pero a quienes presentan su primera solicitud se les recomienda hacerlo con { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } de antelación, a más tardar el { $advised_by }. Presente la solicitud pronto.
msg-window-event-past = Esta fecha es hoy o ya ha pasado: la PSF colabora con eventos que aún no se han celebrado.
msg-window-in-window = Está a tiempo. Presente la solicitud a más tardar el { $apply_by }.
msg-window-prompt = Introduzca la fecha completa para ver cuándo puede presentar la solicitud.
msg-window-too-early =
    Demasiado pronto: el plazo de solicitud se abre { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    } antes del evento, el { $apply_from }.
msg-window-too-late =
    Demasiado tarde para esta fecha: el último día para presentar la solicitud fue el { $apply_by }, { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } antes del evento.
msg-yes = Sí

not-found-start-after = { " " }para elegir un programa. Sus respuestas guardadas siguen ahí.
not-found-start-link = Vaya al inicio
not-found-typed = Si escribió la dirección web, compruebe que es correcta.

preview-apply-button = Presentar la solicitud con estas respuestas
preview-caption = Comprobación de requisitos
preview-lead = Responda a estas preguntas para saber al instante si puede presentar la solicitud, y cuándo. Aquí no le pedimos datos personales, y no se guarda ni se envía nada.
preview-ready = ¿Todo listo? Sus respuestas de aquí pasan a la solicitud, así que no tendrá que escribirlas dos veces.

print-button-text = Imprimir o guardar como PDF

reshare-check-heading = ¿Compartirá la PSF su publicación?
reshare-check-kind = ¿Qué tipo de publicación es?
reshare-check-text = Texto de la publicación (opcional)
reshare-check-text-hint = Péguelo para buscar en él palabras propias de publicaciones que la PSF no comparte. Nada de lo que pegue se guarda ni se envía.

save-to-file-after = { " " }para continuar en otro dispositivo: abra allí este formulario y elija «Continuar desde un archivo guardado».
save-to-file-link = Guardar sus respuestas en un archivo

start-check-eligibility-link = Comprobar antes los requisitos
start-lead = La Python Software Foundation apoya a las comunidades de Python de todo el mundo. Elija el programa que se ajuste a lo que usted organiza.
start-saved-note = Sus respuestas se guardan en este navegador a medida que avanza, así que puede volver más tarde. No se envía nada a la PSF hasta que usted envíe la solicitud.

step-indicator-label = Pasos: { $application }

storage-notices-dismiss = Cerrar
storage-notices-dismiss-hidden = { " " }este mensaje

submit-problem-download = Descargar una copia de su solicitud (JSON)
submit-problem-no-endpoint-after = .
submit-problem-no-endpoint-before = No se ha enviado nada. Descargue su solicitud y envíela por correo electrónico a{ " " }
submit-problem-no-endpoint-title = Este formulario no está conectado con la PSF
submit-problem-not-sent-title = Su solicitud aún no se ha enviado
submit-problem-rejected-then = Cambie esas respuestas y vuelva a enviar la solicitud.
submit-problem-rejected-title = El servicio de la PSF no ha podido aceptar algunas respuestas
submit-problem-retry = Volver a intentarlo

text-area-remaining =
    { $count ->
        [one] Le queda { $count } carácter
       *[other] Le quedan { $count } caracteres
    }
text-area-too-many =
    { $count ->
        [one] Tiene { $count } carácter de más
       *[other] Tiene { $count } caracteres de más
    }
