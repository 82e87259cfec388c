# psf-apply: the English words, generated from the source (tests/catalogues.rs).
# Do not edit: change the words where they are used in src/ui, then run
# PSF_BLESS=1 cargo test --test catalogues. Translators: copy this file to
# <locale>.ftl and translate each value; keep every id and every { $variable }.
# A [one]/[other] choice follows the plural rules of your language (CLDR):
# add [few] or [many] where your language has them.

ack-community-led-mentions = I acknowledge that talks, workshop sessions, booths, or any other event or initiative features are welcome to mention, promote, or discuss the PSF as long as they are well-defined as community led.
ack-no-endorsement = I acknowledge that the PSF Community Partnership being applied for with this form does not explicitly endorse any particular action, feature, or part of the event or initiative.
ack-no-official-sessions = I acknowledge that the PSF Community Partnership being applied for with this form does not constitute the authority for events or initiatives to run talks, workshop sessions, booths, or any other event or initiative features under the pretense of being an official part of the PSF.
ack-not-official = I acknowledge that the PSF Community Partnership being applied for with this form does not make the event or initiative an official or legal part of the PSF, and is a method to help support the event or initiative.
ack-reapply-on-change = I acknowledge that if the PSF Community Partnership being applied for with this form is for a long-term initiative, that I will re-apply if there are any substantial changes to the initiative's goals, purpose, mission, or leadership.
ack-revocable = I acknowledge that the PSF Community Partnership being applied for with this form may be revoked by the PSF at any time due to misrepresentation, mishandling of Code of Conduct, or any other issue deemed unacceptable by the PSF. In this case, I agree to the removal of the PSF name, logo, and mentions of Community Partnership if a request of removal is made.
ack-single-event-one-year = I acknowledge that the PSF Community Partnership being applied for with this form is only active for this individual event or initiative, does not automatically transfer to future editions or variants of the event or initiative, and can generally be considered valid for one year after the date of approval.
ack-trademark = I acknowledge that the event or initiative related to this application is and will continue to follow the PSF Trademark Usage Policy, which includes the use of "PyCon" and "PyLadies".

back-link-text = Back

check-answers-agreed-heading = What you agreed to
check-answers-blocked-heading = You can't submit yet
check-answers-blocked-status = ({ $status }):
check-answers-change = Change
check-answers-consider-after = .
check-answers-consider-before = If you think the PSF should still consider your application, email{ " " }
check-answers-criteria-intro = These criteria are not met, or not answered yet:
check-answers-declaration = By submitting this application you confirm that, to the best of your knowledge, your answers are correct.
check-answers-eligibility-heading = Eligibility
check-answers-line = { $line }: { $answers }
check-answers-percent = { $n }%
check-answers-problems-intro = Some answers are missing or need changing:
check-answers-record-criterion = { $criterion }: { $status }
check-answers-revealed = { $option }: { $text }
check-answers-send-heading = Now send your application
check-answers-sending-button = Sending…
check-answers-sending-status = Sending your application…
check-answers-submit-button = Submit application

checkbox-translation-lead = Translation, for help:

confirmation-agreed-heading = What you agreed to
confirmation-apply-again-link = Apply for something else
confirmation-download-link = Download a copy of your application (JSON)
confirmation-keep-heading = Keep a copy
confirmation-next-heading = What happens next
confirmation-none-after = .
confirmation-none-before = No application has been submitted from this browser tab. If you submitted one earlier, look for the PSF's email, or write to{ " " }
confirmation-none-heading = There is no application to show
confirmation-none-start-link = Go to the start
confirmation-questions-after = .
confirmation-questions-before = Questions? Email{ " " }
confirmation-received = The PSF has received your application.
confirmation-record-eligibility = Eligibility when you submitted
confirmation-record-title = Your application
confirmation-reference-label = Your reference number
confirmation-submitted = You submitted your { $program } application on { $date }.

continue-button-text = Continue
continue-from-file-error-lead = Error:{ " " }
continue-from-file-heading = Continue from a saved file
continue-from-file-hint = The .json file you made with “Save your answers to a file”, on this or another device.
continue-from-file-keep = Keep the answers I have
continue-from-file-kept = Your answers are unchanged.
continue-from-file-label = Choose your saved answers file
continue-from-file-replace = Replace them with the file’s answers
continue-from-file-replace-text = { $in_progress }. { $saved } The answers in the file would replace them.
continue-from-file-replace-title = Replace your { $program } answers?

cp-acknowledged-hint = You need to agree to all eight to become a Community Partner.
cp-acknowledged-label = Read each acknowledgement and tick the box to agree
cp-acknowledged-lead = By submitting this form, I acknowledge that:
cp-acknowledged-option-community_led_mentions = mentions of the PSF will be clearly community-led
cp-acknowledged-option-no_endorsement = the partnership does not endorse any part of the event
cp-acknowledged-option-no_official_sessions = no talks, sessions or booths will be presented as an official part of the PSF
cp-acknowledged-option-not_official = the partnership does not make the event an official or legal part of the PSF
cp-acknowledged-option-reapply_on_change = you will re-apply if a long-term initiative changes substantially
cp-acknowledged-option-revocable = the PSF may revoke the partnership at any time
cp-acknowledged-option-single_event_one_year = the partnership is only for this event or initiative and lasts about one year
cp-acknowledged-option-trademark = the event follows the PSF Trademark Usage Policy
cp-acknowledged-required = Tick every acknowledgement
cp-acknowledged-subject = Acknowledgements
cp-acknowledged-summary = Acknowledgements
cp-city-label = City
cp-city-required = Enter the city
cp-city-subject = City
cp-city-summary = City
cp-coc_has_reporting-hint = For example, an email address or form for reports, and who reads them.
cp-coc_has_reporting-label = Does the Code of Conduct say how to report a problem and who responds?
cp-coc_has_reporting-required = Select yes if the Code of Conduct says how to report a problem and who responds
cp-coc_has_reporting-subject = Code of Conduct reporting
cp-coc_has_reporting-summary = Code of Conduct explains reporting
cp-code_of_conduct_url-hint = For example, https://pycon.example.org/code-of-conduct
cp-code_of_conduct_url-label = Link to the Code of Conduct
cp-code_of_conduct_url-required = Enter the link to the Code of Conduct
cp-code_of_conduct_url-subject = Code of Conduct link
cp-code_of_conduct_url-summary = Code of Conduct
cp-country-label = Country
cp-country-required = Enter the country
cp-country-subject = Country
cp-country-summary = Country
cp-description-label = Short description of the event or initiative
cp-description-required = Enter a short description of the event or initiative
cp-description-subject = Description
cp-description-summary = Description
cp-email-hint = We'll only use this to contact you about your application.
cp-email-label = Email address
cp-email-required = Enter your email address
cp-email-subject = Email address
cp-email-summary = Email address
cp-event_date-hint = For example, { $date }. For a long-running initiative, give its start date.
cp-event_date-label = When is the event or initiative?
cp-event_date-required = Enter the date of the event or initiative
cp-event_date-subject = Event date
cp-event_date-summary = Date
cp-event_type-label = What type of event or initiative is it?
cp-event_type-option-meetup = Meetup
cp-event_type-option-online_initiative = Online initiative
cp-event_type-option-other = Other
cp-event_type-option-other_conference = Conference – other
cp-event_type-option-pycon_conference = Conference – PyCon
cp-event_type-option-pyladies_chapter = PyLadies chapter
cp-event_type-option-sprint_or_hackathon = Sprint or hackathon
cp-event_type-option-user_group = Python user group
cp-event_type-option-workshop = Workshop
cp-event_type-required = Select the type of event or initiative
cp-event_type-subject = Type of event or initiative
cp-event_type-summary = Type
cp-event_type_other-label = Type of event or initiative
cp-event_type_other-required = Enter the type of event or initiative
cp-event_type_other-subject = Type of event or initiative
cp-event_type_other-summary = Type (other)
cp-expected_attendees-label = Expected number of attendees or participants
cp-expected_attendees-required = Enter the expected number of attendees or participants
cp-expected_attendees-subject = Expected number of attendees
cp-expected_attendees-summary = Expected attendees
cp-fact-1-detail = The PSF's name attached to your event or initiative, to help it gain credibility and attract sponsors, and re-sharing of up to two of your social media posts. It is a partnership without money.
cp-fact-1-term = What you get
cp-fact-2-detail = Regional PyCons, workshops, Meetups, organizations and other initiatives that are mostly about Python, with an established web page and a Code of Conduct that says how to report problems.
cp-fact-2-term = Who qualifies
cp-fact-3-detail =
    At least { $min ->
        [one] { $min } week
       *[other] { $min } weeks
    } before the event ({ $advised ->
        [one] { $advised } week
       *[other] { $advised } weeks
    } if it's your first application), and no more than { $months ->
        [one] { $months } month
       *[other] { $months } months
    } before.
cp-fact-3-term = When to apply
cp-fact-4-detail = By email, after review by PSF staff and the PSF Grants Work Group.
cp-fact-4-term = Decision
cp-first_application-hint =
    First-time applicants are encouraged to apply { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } before the event.
cp-first_application-label = Is this your first Community Partner application?
cp-first_application-required = Select yes if this is your first Community Partner application
cp-first_application-subject = First application
cp-first_application-summary = First Community Partner application
cp-first_name-label = First name
cp-first_name-required = Enter your first name
cp-first_name-subject = First name
cp-first_name-summary = First name
cp-last_name-label = Last name
cp-last_name-required = Enter your last name
cp-last_name-subject = Last name
cp-last_name-summary = Last name
cp-name = Community Partner
cp-next-can-cfp = Call for Proposals announcements
cp-next-can-grants = Travel grant or scholarship announcements
cp-next-can-heading = Posts that can be re-shared
cp-next-can-mission = Mission statements
cp-next-can-save-the-date = Save the date
cp-next-can-schedule = Schedule releases
cp-next-cannot-fundraisers = Fundraisers or donation requests
cp-next-cannot-heading = Posts that can't be re-shared
cp-next-cannot-registration = Paid registration promotions
cp-next-cannot-revenue = Purchases or revenue-related content
cp-next-conduct = Posts must be professional and inclusive. Content that is discriminatory, sexualized or otherwise inappropriate will not be shared.
cp-next-decision-after = . If your application is accepted, you'll get information on using the PSF's logo, social media re-sharing and optional reporting after the event.
cp-next-decision-before = The decision is sent by email to{ " " }
cp-next-reshare = As a Community Partner, the PSF may re-share up to two of your posts on its social media accounts (LinkedIn, Bluesky, Mastodon and X), depending on its capacity and calendar.
cp-next-reshare-heading = Social media posts the PSF may re-share
cp-next-review = PSF staff will pre-review your application and may email you with questions. The PSF Grants Work Group then reviews it; in some cases the PSF Board is consulted.
cp-note-meetup_pro-after = .
cp-note-meetup_pro-before = Is it a group on Meetup.com? The PSF may also pay its Meetup fees through the{ " " }
cp-note-meetup_pro-link = Meetup Pro Network
cp-preview-heading = Check if your event can become a Community Partner
cp-preview-link-hidden = { " " }for Community Partner
cp-preview-note = The application also asks you to describe the event (the PSF judges its impact on the Python community) and to agree to eight acknowledgements.
cp-python_percent-hint = Enter a whole number from 0 to 100.
cp-python_percent-label = Approximately what percentage of the event is Python-related?
cp-python_percent-required = Enter the percentage of the event that is Python-related
cp-python_percent-subject = Percentage
cp-python_percent-summary = Python-related
cp-section-about = About it
cp-section-web_and_coc = Web pages and Code of Conduct
cp-section-when = When it is
cp-section-where = Where and how many
cp-start-button = Start a Community Partner application
cp-step-acknowledgements-heading = Acknowledgements
cp-step-acknowledgements-label = Acknowledgements
cp-step-applicant-heading = Your details
cp-step-applicant-label = Your details
cp-step-event-heading = Event or initiative details
cp-step-event-label = Event or initiative
cp-title-hint = For example, PyCon Jupiter.
cp-title-label = Title of the event or initiative
cp-title-required = Enter the title of the event or initiative
cp-title-subject = Title
cp-title-summary = Title
cp-website-hint = Its own website, or its Meetup or Luma page. For example, https://pycon.example.org
cp-website-label = Website of the event or initiative
cp-website-required = Enter the website of the event or initiative
cp-website-subject = Website address
cp-website-summary = Website

date-field-day = Day
date-field-month = Month
date-field-year = Year

description-hint = What it is, who it's for and how it helps the Python community. Up to { $max } characters.

draft-notice-continue = Continue where you left off
draft-notice-continue-hidden = with your { $program } application
draft-notice-start-again = Start again
draft-notice-start-again-hidden = (deletes your saved { $program } answers)

eligibility-panel-criteria = The criteria ({ $count })
eligibility-panel-heading = Your eligibility
eligibility-panel-met = ({ $met } of { $total } met)
eligibility-panel-rule-lead = The rule:{ " " }

error-message-lead = Error:{ " " }
error-summary-title = There is a problem

format-date-at-time = { $date } at { $time }

gr-amount_requested-hint = In whole US dollars, for example 12,500. Requests over { $amount } also go to the PSF Board.
gr-amount_requested-label = How much are you asking the PSF for?
gr-amount_requested-required = Enter the amount you are asking the PSF for
gr-amount_requested-subject = Amount requested
gr-amount_requested-summary = Amount requested
gr-attendance-label = Where does it happen?
gr-attendance-option-in_person = In person (or hybrid)
gr-attendance-option-online = Online only
gr-attendance-required = Select whether the event is in person or online
gr-attendance-subject = Where it happens
gr-attendance-summary = Where
gr-budget-amount-hint = In whole US dollars, for example 4,000.
gr-budget-amount-label = Amount
gr-budget-amount-required = Enter the amount in whole US dollars
gr-budget-amount-subject = Amount
gr-budget-amount-summary = Amount
gr-budget-category-label = Category
gr-budget-category-option-accessibility = Accessibility (captioning, childcare, sign language)
gr-budget-category-option-audio_video = Audio, video and streaming
gr-budget-category-option-food_and_drink = Food and drink
gr-budget-category-option-other = Other
gr-budget-category-option-speaker_travel = Speaker travel
gr-budget-category-option-swag = Swag (not funded)
gr-budget-category-option-travel_grants = Travel grants or scholarships
gr-budget-category-option-venue = Venue
gr-budget-category-required = Select the category of this line
gr-budget-category-subject = Category
gr-budget-category-summary = Category
gr-budget-description-label = What it pays for
gr-budget-description-required = Enter what this line pays for
gr-budget-description-subject = What it pays for
gr-budget-description-summary = What it pays for
gr-budget-essential-label = Essential: the event can't do without it
gr-budget-essential-subject = Essential: the event can't do without it
gr-budget-essential-summary = Essential
gr-budget-hint = One line per cost the grant would pay for, adding up to the amount requested. The PSF may approve less than you ask for, so mark what the event can't do without. Grants never cover swag.
gr-budget-item = Budget line
gr-budget-items = Budget lines
gr-budget-label = What would the grant pay for?
gr-budget-quote_url-hint = A page or document the reviewers can open.
gr-budget-quote_url-label = Link to a quote or invoice
gr-budget-quote_url-subject = Quote or invoice link
gr-budget-quote_url-summary = Quote or invoice
gr-budget-required = Add at least one budget line
gr-budget-subject = Budget
gr-budget-summary = Budget
gr-city-label = City
gr-city-required = Enter the city of the event
gr-city-subject = City
gr-city-summary = City
gr-coc_has_reporting-label = Does the Code of Conduct say how to report a problem and who responds?
gr-coc_has_reporting-required = Select yes if the Code of Conduct says how to report a problem and who responds
gr-coc_has_reporting-subject = Reporting in the Code of Conduct
gr-coc_has_reporting-summary = Code of Conduct says how to report
gr-code_of_conduct_url-label = Link to the Code of Conduct
gr-code_of_conduct_url-required = Enter the link to the Code of Conduct
gr-code_of_conduct_url-subject = Code of Conduct link
gr-code_of_conduct_url-summary = Code of Conduct
gr-country-label = Country
gr-country-required = Enter the country of the event
gr-country-subject = Country
gr-country-summary = Country
gr-description-label = Short description
gr-description-required = Enter a short description of the event or initiative
gr-description-subject = Description
gr-description-summary = Description
gr-email-hint = The PSF sends its decision and any questions to this address.
gr-email-label = Email address
gr-email-required = Enter your email address
gr-email-subject = Email address
gr-email-summary = Email address
gr-end_date-hint = Leave it empty for a one-day event.
gr-end_date-label = When does it end?
gr-end_date-subject = End date
gr-end_date-summary = End date
gr-event_type-label = What kind of event or initiative is it?
gr-event_type-option-conference = Conference
gr-event_type-option-initiative = Initiative or project
gr-event_type-option-meetup_series = Meetup series
gr-event_type-option-sprint = Sprint
gr-event_type-option-workshop = Workshop
gr-event_type-required = Select the type of event or initiative
gr-event_type-subject = Type of event or initiative
gr-event_type-summary = Type
gr-expected_attendees-hint = Your best estimate, as a whole number.
gr-expected_attendees-label = How many people do you expect?
gr-expected_attendees-required = Enter the expected number of attendees
gr-expected_attendees-subject = Expected number of attendees
gr-expected_attendees-summary = Expected attendees
gr-fact-1-detail = Money towards a Python event or initiative: a conference, workshop, sprint, meetup series or project. The PSF supplements other funding; it does not pay for a whole event, and never for swag.
gr-fact-1-term = What you get
gr-fact-2-detail = Events and initiatives that are mostly about Python, with a Code of Conduct that says how to report problems, and a budget where every cost is its own line.
gr-fact-2-term = Who qualifies
gr-fact-3-detail =
    At least { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } before the event; { $months ->
        [one] { $months } month
       *[other] { $months } months
    } or more is advised, especially for requests over { $amount }.
gr-fact-3-term = When to apply
gr-fact-4-detail = By email, after PSF staff and the Grants Work Group (at least a month); over { $amount }, the PSF Board decides too.
gr-fact-4-term = Decision
gr-first_grant-label = Is this the group's first PSF grant request?
gr-first_grant-required = Select yes if this is the group's first PSF grant request
gr-first_grant-subject = First grant request
gr-first_grant-summary = First PSF grant request
gr-first_name-label = First name
gr-first_name-required = Enter your first name
gr-first_name-subject = First name
gr-first_name-summary = First name
gr-group_name-hint = For example, the PyCon or user group that runs the event.
gr-group_name-label = Name of the organizing group
gr-group_name-required = Enter the name of the organizing group
gr-group_name-subject = Group name
gr-group_name-summary = Organizing group
gr-last_name-label = Last name
gr-last_name-required = Enter your last name
gr-last_name-subject = Last name
gr-last_name-summary = Last name
gr-name = PSF Grants
gr-next-board-after = , the Grants Work Group sends it with its recommendation to the PSF Board, which meets every other month.
gr-next-board-before = If you asked for more than{ " " }
gr-next-decision-after = . A grant may be approved for less than you asked for.
gr-next-decision-before = The decision is sent by email to{ " " }
gr-next-pre-review = PSF staff pre-review your request and may email you with questions.
gr-next-work-group = Then the PSF Grants Work Group reviews it: a dozen or more people experienced in organizing events read every budget line. Allow at least a month.
gr-other_sources-amount-hint = In whole US dollars, for example 5,000.
gr-other_sources-amount-label = Amount
gr-other_sources-amount-required = Enter the amount in whole US dollars
gr-other_sources-amount-subject = Amount
gr-other_sources-amount-summary = Amount
gr-other_sources-hint = Sponsors, ticket sales, other grants: the PSF supplements other funding. Leave it empty if there are none.
gr-other_sources-item = Source
gr-other_sources-items = Sources
gr-other_sources-label = Who else is paying for the event?
gr-other_sources-name-label = Sponsor or source
gr-other_sources-name-required = Enter the name of the sponsor or source
gr-other_sources-name-subject = Sponsor or source
gr-other_sources-name-summary = Sponsor or source
gr-other_sources-subject = Other sources
gr-other_sources-summary = Other sources
gr-preview-heading = Check if your event can get a PSF grant
gr-preview-link-hidden = { " " }for a PSF grant
gr-preview-note = The request also asks for an itemised budget: one line per cost, with the essential ones marked, and no swag.
gr-python_percent-hint = Enter a whole number from 0 to 100.
gr-python_percent-label = Approximately what percentage of the event is about Python?
gr-python_percent-required = Enter the percentage of the event that is about Python
gr-python_percent-subject = Percentage
gr-python_percent-summary = Python-related
gr-section-about = About it
gr-section-budget = Itemised budget
gr-section-other_sources = Other sponsors and sources
gr-section-request = Your request
gr-section-web_and_coc = Website and Code of Conduct
gr-section-when_where = When and where
gr-start-button = Start a grant request
gr-start_date-hint = For example, { $date }. For an initiative, the day it starts.
gr-start_date-label = When does it start?
gr-start_date-required = Enter the start date of the event or initiative
gr-start_date-subject = Start date
gr-start_date-summary = Start date
gr-step-applicant-heading = Your details
gr-step-applicant-label = Your details
gr-step-event-heading = The event or initiative
gr-step-event-label = Event or initiative
gr-step-money-heading = The money
gr-step-money-label = Money
gr-title-label = Title of the event or initiative
gr-title-required = Enter the title of the event or initiative
gr-title-subject = Title
gr-title-summary = Title
gr-total_budget-hint = Everything the event costs, from every source, in whole US dollars.
gr-total_budget-label = What is the event's total budget?
gr-total_budget-required = Enter the event's total budget
gr-total_budget-subject = Total budget
gr-total_budget-summary = Total budget
gr-website-label = Website of the event or initiative
gr-website-required = Enter the website of the event or initiative
gr-website-subject = Website
gr-website-summary = Website

language-switcher-label = Language

load-failed-body = Check your internet connection, then try again. Your answers are still here.
load-failed-heading = This page could not be loaded
load-failed-retry = Try again
load-loading = Loading…

mp-city-label = City
mp-city-required = Enter the city where the group meets
mp-city-subject = City
mp-city-summary = City
mp-coc_in_about-hint = Open your group's Meetup page and look at its About section.
mp-coc_in_about-label = Is the Code of Conduct included or linked in the About section of your Meetup page?
mp-coc_in_about-required = Select yes if the Code of Conduct is in the About section of your Meetup page
mp-coc_in_about-subject = Code of Conduct in the About section
mp-coc_in_about-summary = Code of Conduct in the About section
mp-code_of_conduct_url-label = Link to the group's Code of Conduct
mp-code_of_conduct_url-required = Enter the link to the group's Code of Conduct
mp-code_of_conduct_url-subject = Code of Conduct link
mp-code_of_conduct_url-summary = Code of Conduct
mp-country-label = Country
mp-country-required = Enter the country where the group meets
mp-country-subject = Country
mp-country-summary = Country
mp-email-hint = The PSF sends its decision by email. Use the address of your psfmember.org account if you have one.
mp-email-label = Email address
mp-email-required = Enter your email address
mp-email-subject = Email address
mp-email-summary = Email address
mp-events_last_12_months-hint = Count virtual and in-person events.
mp-events_last_12_months-label = How many events did the group hold in the last 12 months?
mp-events_last_12_months-required = Enter how many events the group held in the last 12 months
mp-events_last_12_months-subject = Number of events
mp-events_last_12_months-summary = Events in the last 12 months
mp-events_next_12_months-hint = Count virtual and in-person events.
mp-events_next_12_months-label = How many events does the group plan to hold in the next 12 months?
mp-events_next_12_months-required = Enter how many events the group plans to hold in the next 12 months
mp-events_next_12_months-subject = Number of events
mp-events_next_12_months-summary = Events planned in the next 12 months
mp-fact-1-detail = The PSF pays your group's Meetup Pro subscription (about 15 US dollars a month), so organizers no longer pay for Meetup.
mp-fact-1-term = What you get
mp-fact-2-detail =
    Python groups on Meetup.com with content that is mostly about Python (the PSF asks for at least { $share }), a Code of Conduct in the group's About section, and at least { $events ->
        [one] { $events } event
       *[other] { $events } events
    } a year, virtual or in person.
mp-fact-2-term = Who qualifies
mp-fact-3-detail = At any time.
mp-fact-3-term = When to apply
mp-fact-4-detail =
    By email, usually within { $earliest } to { $latest ->
        [one] { $latest } business day
       *[other] { $latest } business days
    }.
mp-fact-4-term = Decision
mp-full_name-label = Full name
mp-full_name-required = Enter your full name
mp-full_name-subject = Full name
mp-full_name-summary = Full name
mp-group_name-label = Name of the Meetup group
mp-group_name-required = Enter the name of the Meetup group
mp-group_name-subject = Group name
mp-group_name-summary = Group name
mp-meetup_url-hint = For example, https://www.meetup.com/your-group-name/
mp-meetup_url-label = Address of the group's Meetup page
mp-meetup_url-required = Enter the address of the group's Meetup page
mp-meetup_url-subject = Meetup page address
mp-meetup_url-summary = Meetup page
mp-name = Meetup Pro Network
mp-next-contact-after = . If your group is accepted, the email explains how to join the PSF's Meetup Pro Network.
mp-next-contact-before = A PSF staff member may email you with questions. The decision is sent by email to{ " " }
mp-next-decision-after = .
mp-next-decision-and = { " " }and{ " " }
mp-next-decision-before =
    PSF staff aim to review your application within { $earliest } to { $latest ->
        [one] { $latest } business day
       *[other] { $latest } business days
    }: you should hear from them between{ " " }
mp-preview-heading = Check if your Meetup group can join the Meetup Pro Network
mp-preview-link-hidden = { " " }for the Meetup Pro Network
mp-preview-note = The PSF also checks your group's Meetup page when it reviews your application.
mp-python_percent-hint = Enter a whole number from 0 to 100. Content can include adjacent topics, such as networking or basic machine learning.
mp-python_percent-label = Approximately what percentage of the group's content is about Python?
mp-python_percent-required = Enter the percentage of the group's content that is about Python
mp-python_percent-subject = Percentage
mp-python_percent-summary = Python content
mp-role-hint = For example, organizer or co-organizer.
mp-role-label = Your role in the group
mp-role-required = Enter your role in the group
mp-role-subject = Role
mp-role-summary = Role in the group
mp-section-code_of_conduct = Code of Conduct
mp-section-events = Events and content
mp-section-group = The group
mp-start-button = Start a Meetup Pro Network application
mp-step-applicant-heading = Your details
mp-step-applicant-label = Your details
mp-step-group-heading = Your Meetup group
mp-step-group-label = Meetup group

msg-add-another = Add another { $item }
msg-add-first = Add a { $item }
msg-add-reminder-for = Add a reminder to your calendar for { $date }
msg-advised-by = Advised by
msg-application-name = { $program } application
msg-apply-by = Apply by
msg-apply-from = Apply from
msg-board-note = Over { $amount }: after the Grants Work Group, the PSF Board decides. It meets every other month, so allow extra time.
msg-box-unticked = Tick the box to confirm that { $gist }
msg-changed = { $rule }: { $status }.
msg-changed-verdict = { $verdict }.
msg-check-entered = Check the { $subject } you entered
msg-check-the = Check the { $subject }
msg-checklist-all = All { $total } agreed
msg-checklist-some = { $ticked } of { $total } agreed
msg-criterion-code-of-conduct = It must have an enforceable Code of Conduct that says how to report problems.
msg-criterion-cp-acknowledgements = You must agree to the bounds of the Community Partner title, in eight acknowledgements.
msg-criterion-cp-community-impact = It must have a positive impact on the Python community.
msg-criterion-cp-group-not-event = Groups that run several events a year apply once for the whole group.
msg-criterion-cp-python-share = The event or initiative must be Python-specific, or mostly about Python.
msg-criterion-cp-web-page = It must have an established web page, such as its own domain, a Meetup page or a Luma page.
msg-criterion-cp-window =
    Apply at least { $min ->
        [one] { $min } week
       *[other] { $min } weeks
    } before the event ({ $advised ->
        [one] { $advised } week
       *[other] { $advised } weeks
    } if it's your first application), and no more than { $months ->
        [one] { $months } month
       *[other] { $months } months
    } before.
msg-criterion-gr-board-review = Requests over { $amount } go to the PSF Board after the Grants Work Group.
msg-criterion-gr-budget-itemised = Each item must have its own cost, related directly to the event, and the lines must add up to the amount requested.
msg-criterion-gr-essentials-marked = Mark the essential costs: the PSF may approve less than you ask for.
msg-criterion-gr-no-swag = Grants do not cover swag.
msg-criterion-gr-other-sources = The PSF supplements other funding: it helps to see the other sources.
msg-criterion-gr-python-share = More than { $share } of the event or initiative must be about Python.
msg-criterion-gr-request-within-budget = The amount requested can't be more than the event's total budget.
msg-criterion-gr-window =
    Apply at least { $min ->
        [one] { $min } week
       *[other] { $min } weeks
    } before the event; { $months ->
        [one] { $months } month
       *[other] { $months } months
    } or more is advised.
msg-criterion-mp-code-of-conduct = The About section of the group's Meetup page must include or link to its Code of Conduct.
msg-criterion-mp-events-per-year =
    The group must hold at least { $min ->
        [one] { $min } event
       *[other] { $min } events
    } a year, virtual or in person.
msg-criterion-mp-meetup-url = The group must be a Meetup group on meetup.com.
msg-criterion-mp-python-share = The group's content must be mostly about Python. The PSF's guidance for organizers asks for at least { $guidance }.
msg-date-incomplete =
    { $subject } must include a { $missing ->
        [day] day
        [month] month
        [year] year
        [day-month] day and month
        [day-year] day and year
        [month-year] month and year
       *[all] day, month and year
    }
msg-date-invalid = { $subject } must be a real date, with a 4-digit year
msg-draft-in-progress = You have a { $program } application in progress
msg-draft-saved = Your answers are saved in this browser.
msg-draft-saved-on = Your answers were saved in this browser on { $when }.
msg-email-format = Enter an email address in the correct format, like name@example.com
msg-end-before-start = { $subject } must be the same as or after the start date
msg-file-broken = The file is a saved { $program } application, but it has been changed or damaged and can't be read. Choose another copy, or enter your answers again.
msg-file-empty = The file you chose is empty. Choose the file you saved from this form.
msg-file-newer-version = The file was saved by a newer version of this form, so it can't be read here. Open the form where you saved it, or start again here.
msg-file-not-json = The file you chose is not a saved answers file. Choose the .json file you saved with “Save your answers to a file”.
msg-file-not-saved-answers = The file you chose is not a saved answers file (a downloaded copy of a submitted application can't be continued). Choose the file you saved with “Save your answers to a file”.
msg-file-older-version = The file was saved by an older version of this form that this one can't read. Sorry: you'll need to enter your answers again.
msg-file-other-program = The file holds a { $program } application, which this form doesn't take. Open the { $program } application to continue it.
msg-file-too-large = The file you chose is too large to be saved answers (they are under 1 MB). Choose the file you saved from this form.
msg-file-unknown-program = The file holds answers to an application this form doesn't take.
msg-file-unreadable = The file you chose couldn't be read. Try choosing it again, or save it to this device first.
msg-grant-window-advised-earlier =
    In time, but { $months ->
        [one] { $months } month
       *[other] { $months } months
    } ahead is advised, so that the Grants Work Group has time to review. Apply soon.
msg-grant-window-board-time-advice =
    In time, but a request over { $amount } goes to the PSF Board, which meets every other month and may take up to two months to see it. Apply { $months ->
        [one] { $months } month
       *[other] { $months } months
    } ahead if you can.
msg-grant-window-in-window = You're in good time. Apply by { $advised_by } if you can; the last day is { $apply_by }.
msg-grant-window-started = This date is today or has passed: grants are for events that haven't started yet.
msg-grant-window-too-late =
    Too late for this date: the last day to apply was { $apply_by }, { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } before the event.
msg-heading-check = Check your answers before submitting
msg-heading-confirmation = Application submitted
msg-heading-start = Apply to a PSF community program
msg-in-line = { $line }: { $problem }
msg-kept-not-saved = This browser cannot save your answers: keep this page open, or download a copy below.
msg-kept-offline-not-saved = Keep this page open: this browser cannot save your answers. Your application will be sent as soon as you are back online.
msg-kept-offline-saved = Your answers are saved in this browser. Your application will be sent as soon as you are back online.
msg-kept-saved = Your answers are saved in this browser, and you can download a copy below.
msg-line-added = { $line } added.
msg-line-name = { $item } { $n }
msg-line-removed =
    { $line } removed. { $left ->
        [0] No { $items } left.
        [one] { $left } { $item } left.
       *[other] { $left } { $items } left.
    }
msg-lines-full =
    You've added { $max ->
        [one] { $max } { $item }
       *[other] { $max } { $items }
    }, the most this form takes.
msg-negative-amount = { $subject } must be { $min } or more, without a minus sign
msg-no = No
msg-not-answered = Not answered
msg-not-answered-code-of-conduct = Enter the link to the Code of Conduct and say whether it explains how to report problems.
msg-not-answered-cp-acknowledgements = Tick the eight acknowledgements.
msg-not-answered-cp-community-impact = Describe the event or initiative: the PSF reviews its impact on the Python community.
msg-not-answered-cp-group-not-event = Choose the type of event or initiative.
msg-not-answered-cp-python-share = Say how much of the event is Python-related.
msg-not-answered-cp-web-page = Enter the website of the event or initiative.
msg-not-answered-cp-window = Enter the date of the event or initiative.
msg-not-answered-gr-board-review = Enter the amount requested.
msg-not-answered-gr-budget-itemised = Enter the amount requested, and an amount on every line of the budget.
msg-not-answered-gr-budget-lines = Add the lines of your budget.
msg-not-answered-gr-budget-total = Enter the amount requested and the event's total budget.
msg-not-answered-gr-python-share = Say how much of the event is about Python.
msg-not-answered-gr-window = Enter the start date of the event or initiative.
msg-not-answered-mp-code-of-conduct = Enter the link to the Code of Conduct and say whether it is in the About section.
msg-not-answered-mp-events-per-year = Say how many events the group has held and how many it plans.
msg-not-answered-mp-meetup-url = Enter the address of the group's Meetup page.
msg-not-answered-mp-python-share = Say how much of the group's content is about Python.
msg-not-found = Page not found
msg-not-known-yet = not known yet
msg-not-sent-busy = The PSF's service is busy. Try again in a few minutes.
msg-not-sent-busy-for =
    The PSF's service is busy. Try again in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.
msg-not-sent-network = Your application couldn't reach the PSF's service. Check your connection, then try again.
msg-not-sent-offline = You seem to be offline. Check your connection, then try again.
msg-not-sent-refused = The PSF's service refused the application (error { $status }). Your answers are kept. Try again later, or email grants@python.org.
msg-not-sent-server = The PSF's service had a problem (error { $status }). Try again in a few minutes.
msg-not-sent-timeout = The PSF's service took too long to answer. Try again in a moment.
msg-notice-acknowledgements-changed = The acknowledgements have changed since you saved your application. Please read them and tick them again.
msg-notice-draft-outdated = A saved application from an older version of this form couldn't be used, so it was removed. Sorry: you'll need to enter your answers again.
msg-notice-draft-unreadable = A saved { $program } application in this browser couldn't be read, so it was removed. Sorry: you'll need to enter your answers again.
msg-notice-storage-failed = Your latest answers couldn't be saved in this browser (its storage may be full). They're kept while this page stays open: don't close it before you submit.
msg-notice-storage-unavailable = Your answers can't be saved in this browser (its storage is turned off, blocked or full). They're kept only while this page stays open.
msg-optional = (optional)
msg-post-call-for-proposals = Call for proposals announcement
msg-post-fundraiser = Fundraiser or donation request
msg-post-mission-statement = Mission statement
msg-post-other = Something else
msg-post-paid-registration = Paid registration promotion
msg-post-purchase = Purchase or revenue-related content
msg-post-save-the-date = Save the date
msg-post-schedule-release = Schedule release
msg-post-travel-grant = Travel grant or scholarship announcement
msg-quoted = “{ $text }”
msg-range = { $subject } must be between { $min } and { $max }
msg-reason-acknowledgements-all = You've agreed to all of them.
msg-reason-acknowledgements-missing =
    { $missing ->
        [one] { $missing } of { $total } is not ticked yet.
       *[other] { $missing } of { $total } are not ticked yet.
    } You'll need to agree to every one.
msg-reason-acknowledgements-none = None of the { $total } is ticked yet. You'll need to agree to every one.
msg-reason-board-review = Over { $threshold }: after the Grants Work Group, the PSF Board decides. The Board meets every other month, so this adds time.
msg-reason-budget-adds-up = The lines add up to the amount requested, { $total }.
msg-reason-budget-mismatch = The lines add up to { $total }, but you ask for { $requested }. Change the lines or the amount requested so that they match.
msg-reason-code-of-conduct-in-about = You've confirmed that the Code of Conduct is in the group's About section.
msg-reason-code-of-conduct-no-reporting = The Code of Conduct must say how to report a problem and who responds. Add that to it, then answer “Yes”.
msg-reason-code-of-conduct-not-in-about = The Code of Conduct must be included or linked in the About section of the group's Meetup page. Add it there, then answer “Yes”.
msg-reason-code-of-conduct-with-reporting = You've confirmed that the Code of Conduct says how to report a problem and who responds.
msg-reason-community-impact = The PSF reviews this from your description: this form can't judge it.
msg-reason-essentials-marked =
    { $count ->
        [one] { $count } line is marked essential.
       *[other] { $count } lines are marked essential.
    }
msg-reason-event-past = { $date } is today or has passed. The PSF partners with events that haven't happened yet: check the date.
msg-reason-events-held =
    { $held ->
        [one] { $held } event
       *[other] { $held } events
    } in the last 12 months: at least { $minimum } a year are needed.
msg-reason-first-timer-advice =
    In time, but first-time applicants are encouraged to apply { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } ahead, by { $advised_by }. Apply as soon as you can: the last day is { $apply_by }.
msg-reason-grant-advised-earlier =
    In time, but requests are advised { $months ->
        [one] { $months } month
       *[other] { $months } months
    } ahead, by { $advised_by }, so that the Grants Work Group has time to review. The last day is { $apply_by }.
msg-reason-grant-board-time-advice =
    In time, but a request over { $amount } goes to the PSF Board, which meets every other month and may take up to two months to see it. Requests are advised { $months ->
        [one] { $months } month
       *[other] { $months } months
    } ahead, by { $advised_by }. The last day is { $apply_by }.
msg-reason-grant-in-window = In time: advised by { $advised_by }, and the last day is { $apply_by }.
msg-reason-grant-too-late =
    Too late: grant requests must be sent at least { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } before the event. The last day was { $last_day }.
msg-reason-group-applies-once = Meetups, user groups and PyLadies chapters apply once for the whole group, not for each event. Make sure this application is for the group.
msg-reason-gwg-decides = Up to { $threshold }: the Grants Work Group decides.
msg-reason-in-window = In time: you can apply from { $apply_from } until { $apply_by }.
msg-reason-meetup-group = This is the Meetup group “{ $group }”.
msg-reason-new-group-planned =
    { $held } held so far, but { $planned } planned for the next 12 months. You can apply as a new group: the PSF will look for at least { $minimum ->
        [one] { $minimum } event
       *[other] { $minimum } events
    } a year.
msg-reason-no-essentials = No line is marked essential. The PSF may approve less than you ask for: mark the costs the event can't do without.
msg-reason-no-other-sources = No other sponsor or source is listed. The PSF supplements other funding: list the others if you have them.
msg-reason-no-swag = No line of the budget is swag.
msg-reason-not-meetup-group = This is not a Meetup group page. Enter the group's address on meetup.com, like https://www.meetup.com/your-group-name/.
msg-reason-other-sources-listed =
    { $count ->
        [one] { $count } other source of money is listed.
       *[other] { $count } other sources of money are listed.
    }
msg-reason-python-share-below-guidance = { $share } is a majority, so you can apply, but the PSF's guidance for organizers asks for at least { $guidance } Python content.
msg-reason-python-share-majority = { $share } is Python-related: more than { $threshold }.
msg-reason-python-share-meets-guidance = { $share } Python content meets the PSF's guidance of at least { $guidance }.
msg-reason-python-share-not-majority = { $share } is not enough: more than { $threshold } must be about Python. If more of the content is about Python than you said, change the percentage.
msg-reason-request-above-budget = You ask for { $requested }, more than the event's whole budget of { $total }. Check both amounts.
msg-reason-request-is-whole-budget = You ask for { $requested }, the whole budget. A PSF grant would not usually pay for a whole event: list the other sources of money.
msg-reason-request-within-budget = { $requested } of a total budget of { $total }.
msg-reason-single-event = This application covers this one event or initiative.
msg-reason-swag-line = Budget line { $line } is swag, which the PSF never funds. Remove it, or move the money to another cost.
msg-reason-swag-line-described = Budget line { $line } (“{ $description }”) is swag, which the PSF never funds. Remove it, or move the money to another cost.
msg-reason-too-early =
    Too early: applications open { $months ->
        [one] { $months } month
       *[other] { $months } months
    } before the event. You can apply from { $opens }.
msg-reason-too-few-events =
    { $held } held and { $planned } planned: a group must hold at least { $minimum ->
        [one] { $minimum } event
       *[other] { $minimum } events
    } a year. Plan at least { $minimum ->
        [one] { $minimum } event
       *[other] { $minimum } events
    }, then apply.
msg-reason-too-late =
    Too late: applications must be sent at least { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } before the event. The last day to apply was { $last_day }.
msg-reason-web-page-established =
    The address is { $kind ->
        [meetup] a Meetup page
        [luma] a Luma page
        [social-media] a social media profile or post
        [link-shortener] a shortened link
        [file-sharing] a shared file or folder
       *[own-domain] a website of its own
    }, which counts as an established web page.
msg-reason-web-page-weak =
    The address looks like { $kind ->
        [meetup] a Meetup page
        [luma] a Luma page
        [own-domain] a website of its own
        [link-shortener] a shortened link
        [file-sharing] a shared file or folder
       *[social-media] a social media profile or post
    }. You can still apply, but the PSF looks for an established page: the event's own website, or its Meetup or Luma page. Use one of those if you have it.
msg-receipt-clock-skew = The date or time on your device seems to be wrong, so your application's dates could not be checked. Set your device to the correct date and time, then submit your application again.
msg-receipt-offset-out-of-range = Your device's time zone setting seems to be wrong, so your application's dates could not be checked. Check the time zone on your device, then submit your application again.
msg-refused-answer = Check your answer to “{ $question }”: the PSF's service did not accept it
msg-refused-answer-detail = { $question }: { $detail }
msg-refused-application = The PSF's service did not accept the application: { $detail }
msg-refused-application-no-details = The PSF's service did not accept the application: no details were given
msg-refused-unmatched = The PSF's service reported a problem that does not match any question ({ $pointer }): { $detail }
msg-refused-unmatched-no-details = The PSF's service reported a problem that does not match any question ({ $pointer }): no details were given
msg-reminder-advised-by = The PSF advises sending your { $program } application by today, to leave time for its review.
msg-reminder-advised-by-title = Apply for { $program } today
msg-reminder-apply-by = Today is the last day to send your { $program } application in time.
msg-reminder-apply-by-title = Last day to apply for { $program }
msg-reminder-decision-by = The PSF aims to decide on your { $program } application by today. If you haven't heard, email grants@python.org.
msg-reminder-decision-by-title = Expect the PSF's { $program } decision
msg-reminder-event-on = Your event is on { $date }.
msg-reminder-for-advised-by = (the date you're advised to apply by)
msg-reminder-for-apply-by = (the last day to apply)
msg-reminder-for-decision-by = (the latest date to expect a decision)
msg-reminder-for-window-opens = (applications open)
msg-reminder-window-opens =
    Applications for the { $program } program open today, { $months ->
        [one] { $months } month
       *[other] { $months } months
    } before your event.
msg-reminder-window-opens-apply-by =
    Apply at least { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } before the event.
msg-reminder-window-opens-title = Apply for { $program }: applications open today
msg-remove = Remove
msg-reshare-cues = Words found: { $found }. The PSF doesn't re-share fundraisers, paid registration promotions or sales: take them out, or expect the PSF to decide.
msg-reshare-decided-by-psf = Decided by the PSF
msg-reshare-eligible = Eligible: the PSF may re-share this post
msg-reshare-fact-calendar = When a post is re-shared depends on the PSF's social media calendar.
msg-reshare-fact-content = Posts must be professional and inclusive. Content that is discriminatory, sexualized or otherwise inappropriate will not be shared.
msg-reshare-fact-most =
    The PSF re-shares at most { $max ->
        [one] { $max } post
       *[other] { $max } posts
    } per Community Partner, as the Grants Work Group has capacity.
msg-reshare-intro = As a Community Partner, the PSF may re-share up to { $max } of your social media posts on its LinkedIn, Bluesky, Mastodon and X accounts. Check a post here before you ask.
msg-reshare-not-eligible = Not eligible: the PSF doesn't re-share this kind of post
msg-reshare-reason-contradicted = You chose “{ $kind }”, but the text reads like a post the PSF doesn't re-share, so the PSF will decide.
msg-reshare-reason-decided-by-psf = This kind of post is on neither of the PSF's lists, so the PSF decides when you ask.
msg-reshare-reason-eligible = “{ $kind }” is one of the posts the PSF re-shares: save the dates, mission statements, call for proposals announcements, schedule releases, and travel grant or scholarship announcements.
msg-reshare-reason-not-eligible = “{ $kind }” is one of the posts the PSF doesn't re-share: fundraisers or donation requests, paid registration promotions, and purchases or revenue-related content.
msg-rule-code-of-conduct = A Code of Conduct with clear reporting
msg-rule-cp-acknowledgements = The eight acknowledgements
msg-rule-cp-community-impact = Positive impact on the Python community
msg-rule-cp-group-not-event = One application per group or event
msg-rule-cp-python-share = Mostly about Python
msg-rule-cp-web-page = An established web page
msg-rule-gr-board-review = Who decides
msg-rule-gr-budget-itemised = An itemised budget
msg-rule-gr-essentials-marked = Essential costs marked
msg-rule-gr-no-swag = No swag
msg-rule-gr-other-sources = Other sources of money
msg-rule-gr-python-share = A Python event
msg-rule-gr-request-within-budget = The request is part of the budget
msg-rule-mp-code-of-conduct = Code of Conduct in the About section
msg-rule-mp-events-per-year =
    At least { $min ->
        [one] { $min } event
       *[other] { $min } events
    } a year
msg-rule-mp-meetup-url = A Meetup group
msg-rule-mp-python-share = Mostly Python content
msg-rule-window = Applying at the right time
msg-status-fail = Not met
msg-status-fail-in-sentence = not met
msg-status-pass = Met
msg-status-pass-in-sentence = met
msg-status-unknown = Not answered yet
msg-status-unknown-in-sentence = not answered yet
msg-status-warn = Met, with advice
msg-status-warn-in-sentence = met, with advice
msg-step-check = Check and submit
msg-step-of = Step { $n } of { $of }
msg-step-preview = Eligibility check
msg-step-start = Start
msg-step-submitted = Submitted
msg-title = { $page } – { $application } – PSF
msg-title-check = Check your answers
msg-title-error = Error: { $title }
msg-title-no-program = { $page } – PSF
msg-too-long =
    { $subject } must be { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } or fewer
msg-too-long-no-limit = { $subject } is too long
msg-too-many =
    You can add up to { $max ->
        [one] { $max } { $item }
       *[other] { $max } { $items }
    }: combine some of them
msg-total = The lines add up to { $total }.
msg-total-exact = The lines add up to { $total }. That is the { $against } exactly.
msg-total-over = The lines add up to { $total }. { $against }: { $amount }, so the lines come to { $gap } more than you're asking for.
msg-total-under = The lines add up to { $total }. { $against }: { $amount }, so { $gap } is not in a line yet.
msg-verdict-eligible = Eligible
msg-verdict-eligible-with-advice = Eligible, with advice
msg-verdict-incomplete = Not finished yet
msg-verdict-not-eligible = Not eligible with these answers
msg-web-address-format = Enter the { $subject } in the correct format, like { $example }
msg-whole-dollars = Enter the { $subject } in whole US dollars, like { $example }
msg-whole-number = { $subject } must be a whole number, like { $example }
msg-window-advised-later =
    In time, but first-time applicants are encouraged to apply { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } ahead, by { $advised_by }. Apply soon.
msg-window-event-past = This date is today or has passed: the PSF partners with events that haven't happened yet.
msg-window-in-window = You're in time. Apply by { $apply_by }.
msg-window-prompt = Enter the full date to see when you can apply.
msg-window-too-early =
    Too early: applications open { $months ->
        [one] { $months } month
       *[other] { $months } months
    } before the event, on { $apply_from }.
msg-window-too-late =
    Too late for this date: the last day to apply was { $apply_by }, { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } before the event.
msg-yes = Yes

not-found-start-after = { " " }to choose a program. Your saved answers are still there.
not-found-start-link = Go to the start
not-found-typed = If you typed the web address, check it is correct.

preview-apply-button = Apply with these answers
preview-caption = Eligibility check
preview-lead = Answer these questions to see straight away whether you can apply, and when. We don't ask for personal details here, and nothing is saved or sent.
preview-ready = Ready? Your answers here go into the application, so you won't type them twice.

print-button-text = Print or save as PDF

reshare-check-heading = Will the PSF re-share your post?
reshare-check-kind = What is the post?
reshare-check-text = The post's text (optional)
reshare-check-text-hint = Paste it to check it for words the PSF doesn't re-share. Nothing you paste is saved or sent.

save-to-file-after = { " " }to continue on another device: open this form there and choose “Continue from a saved file”.
save-to-file-link = Save your answers to a file

start-check-eligibility-link = Check eligibility first
start-lead = The Python Software Foundation supports Python communities around the world. Choose the program that fits what you run.
start-saved-note = Your answers are saved in this browser as you go, so you can come back later. Nothing is sent to the PSF until you submit.

step-indicator-label = { $application } steps

storage-notices-dismiss = Dismiss
storage-notices-dismiss-hidden = { " " }this message

submit-problem-download = Download a copy of your application (JSON)
submit-problem-no-endpoint-after = .
submit-problem-no-endpoint-before = Nothing was sent. Download your application and email it to{ " " }
submit-problem-no-endpoint-title = This form is not connected to the PSF
submit-problem-not-sent-title = Your application has not been sent yet
submit-problem-rejected-then = Change those answers, then submit again.
submit-problem-rejected-title = The PSF's service could not accept some answers
submit-problem-retry = Try again

text-area-remaining =
    { $count ->
        [one] You have { $count } character remaining
       *[other] You have { $count } characters remaining
    }
text-area-too-many =
    { $count ->
        [one] You have { $count } character too many
       *[other] You have { $count } characters too many
    }
