//! Component tests in a real browser: the eligibility panel, the submission
//! window feedback and the error summary, each mounted into a fresh element,
//! plus one pass through the mounted app (validation, focus, title).
//!
//! Run with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use chrono::{Days, NaiveDate};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

use psf_apply::rules::community_partner::{self, CommunityPartnerAnswers};
use psf_apply::rules::eligibility::Evaluation;
use psf_apply::ui::components::eligibility_panel::{EligibilityPanel, ANNOUNCE_AFTER_PAUSE_MS};
use psf_apply::ui::components::error_summary::ErrorSummary;
use psf_apply::ui::components::window_feedback::WindowFeedback;
use psf_apply::ui::config::Config;
use psf_apply::ui::validation::Problem;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the page to mount into, styled by the app's own
/// stylesheet (so that layout can be asserted too).
fn container() -> HtmlElement {
    let doc = document();
    if doc.get_element_by_id("psf-test-style").is_none() {
        let style = doc.create_element("style").unwrap();
        style.set_id("psf-test-style");
        style.set_text_content(Some(include_str!("../style/main.css")));
        doc.head().unwrap().append_child(&style).unwrap();
    }
    let div = doc.create_element("div").unwrap();
    div.set_class_name("psf-app");
    doc.body().unwrap().append_child(&div).unwrap();
    div.dyn_into().unwrap()
}

/// Lets Leptos apply pending DOM updates (and effects that wait a frame).
async fn settle() {
    leptos::task::tick().await;
    sleep(40).await;
    leptos::task::tick().await;
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn text(el: &web_sys::Element) -> String {
    el.text_content().unwrap_or_default()
}

fn find(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in {}", root.inner_html()))
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

// --- Eligibility panel ---------------------------------------------------------

/// An open Community Partner eligibility panel on 15 January 2027, following
/// the answers the test sets; keep the handle, or the panel is unmounted.
async fn mount_cp_panel() -> (HtmlElement, RwSignal<CommunityPartnerAnswers>, impl Sized) {
    let today = date(2027, 1, 15);
    let answers = RwSignal::new(CommunityPartnerAnswers::default());
    let evaluation: Signal<Evaluation> =
        Signal::derive(move || answers.with(|a| community_partner::evaluate(a, today)));
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <EligibilityPanel evaluation=evaluation open=true /> }
    });
    settle().await;
    (root, answers, handle)
}

#[wasm_bindgen_test]
async fn eligibility_panel_lists_every_rule_and_follows_the_answers() {
    let (root, answers, _handle) = mount_cp_panel().await;

    let rows = root.query_selector_all("li[data-rule]").unwrap();
    assert_eq!(
        rows.length(),
        7,
        "every Community Partner criterion is listed"
    );
    let region = find(&root, "[aria-live]");
    assert_eq!(region.get_attribute("aria-live").as_deref(), Some("polite"));
    let share = find(&root, r#"li[data-rule="cp.python_share"]"#);
    assert_eq!(
        share.get_attribute("data-status").as_deref(),
        Some("unknown")
    );
    assert!(text(&share).contains("Not answered yet"));
    let web_row_before = find(&root, r#"li[data-rule="cp.web_page"]"#);

    // 30%: not met, explained with the figure, the rule and what to do.
    answers.update(|a| a.python_percent = Some(30));
    settle().await;
    let share = find(&root, r#"li[data-rule="cp.python_share"]"#);
    assert_eq!(share.get_attribute("data-status").as_deref(), Some("fail"));
    let words = text(&share);
    assert!(words.contains("Not met"), "status in words: {words}");
    assert!(words.contains("30%"), "{words}");
    assert!(words.contains("The rule:"), "{words}");
    assert!(!words.to_lowercase().contains("invalid"), "{words}");
    assert_eq!(
        find(&root, "[data-verdict]")
            .get_attribute("data-verdict")
            .as_deref(),
        Some("fail")
    );
    // Rows are keyed by rule: another rule's row is the same DOM node.
    let web_row_after = find(&root, r#"li[data-rule="cp.web_page"]"#);
    assert!(web_row_before.is_same_node(Some(&web_row_after)));

    // 80%: met, and the rule text goes away.
    answers.update(|a| a.python_percent = Some(80));
    settle().await;
    let share = find(&root, r#"li[data-rule="cp.python_share"]"#);
    assert_eq!(share.get_attribute("data-status").as_deref(), Some("pass"));
    assert!(text(&share).contains("80%"));
    assert!(!text(&share).contains("The rule:"));

    // A social media page is advice, not failure.
    answers.update(|a| a.website = "https://www.facebook.com/pyconjupiter".into());
    settle().await;
    let web = find(&root, r#"li[data-rule="cp.web_page"]"#);
    assert_eq!(web.get_attribute("data-status").as_deref(), Some("warn"));
    assert!(text(&web).contains("Met, with advice"));
}

/// Records every text the element takes, as a screen reader hears a live
/// region: one entry per change of its content.
fn record_announcements(region: &web_sys::Element) -> js_sys::Array {
    let said = js_sys::Array::new();
    let observe = js_sys::Function::new_with_args(
        "el, said",
        "new MutationObserver(() => said.push(el.textContent))\
             .observe(el, { childList: true, characterData: true, subtree: true });",
    );
    observe.call2(&JsValue::NULL, region, &said).unwrap();
    said
}

fn announced(said: &js_sys::Array) -> Vec<String> {
    said.iter().filter_map(|v| v.as_string()).collect()
}

/// Types a number as a person does, one key at a time, a little apart.
async fn type_percent_key_by_key(answers: RwSignal<CommunityPartnerAnswers>, typed: &str) {
    for end in 1..=typed.len() {
        let so_far = typed[..end].parse().ok();
        answers.update(|a| a.python_percent = so_far);
        settle().await;
        sleep(120).await;
    }
}

async fn pause_typing() {
    sleep(i32::try_from(ANNOUNCE_AFTER_PAUSE_MS).unwrap() + 400).await;
    settle().await;
}

#[wasm_bindgen_test]
async fn eligibility_panel_says_one_short_sentence_when_typing_pauses() {
    let (root, answers, _handle) = mount_cp_panel().await;
    // One live region only: the rows and the verdict do not talk.
    assert_eq!(root.query_selector_all("[aria-live]").unwrap().length(), 1);
    let region = find(&root, "[data-testid=psf-eligibility-announcement]");
    assert_eq!(region.get_attribute("role").as_deref(), Some("status"));
    let said = record_announcements(&region);

    // "4", then "40": nothing while typing, then one short sentence.
    type_percent_key_by_key(answers, "40").await;
    assert!(
        announced(&said).is_empty(),
        "silent while typing: {:?}",
        announced(&said)
    );
    pause_typing().await;
    let heard = announced(&said);
    assert_eq!(heard.len(), 1, "{heard:?}");
    assert_eq!(
        heard[0],
        "Mostly about Python: not met. Not eligible with these answers."
    );
    // The reason's figure is for the eye; the sentence is short.
    assert!(!heard[0].contains("40"), "{}", heard[0]);

    // "45": still not met, so nothing new to say.
    answers.update(|a| a.python_percent = Some(45));
    pause_typing().await;
    assert_eq!(announced(&said).len(), 1, "{:?}", announced(&said));

    // Met, then back to not met before the pause: nothing changed in the end.
    answers.update(|a| a.python_percent = Some(80));
    settle().await;
    answers.update(|a| a.python_percent = Some(30));
    pause_typing().await;
    assert_eq!(announced(&said).len(), 1, "{:?}", announced(&said));

    // 80: met, and the verdict is "not finished" again.
    type_percent_key_by_key(answers, "80").await;
    pause_typing().await;
    let heard = announced(&said);
    assert_eq!(heard.len(), 2, "{heard:?}");
    assert_eq!(heard[1], "Mostly about Python: met. Not finished yet.");
}

// --- Submission window feedback --------------------------------------------------

#[wasm_bindgen_test]
async fn window_feedback_opens_the_day_after_a_clamped_month_end() {
    // On 29 February 2028 an event on 30 August 2028 is more than 6 months
    // away (29 February + 6 months is 29 August): too early until 1 March.
    let event = RwSignal::new(Some(date(2028, 8, 30)));
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <WindowFeedback event_date=event first_application=Some(false) today=date(2028, 2, 29) /> }
    });
    settle().await;
    let feedback = find(&root, "[data-testid=psf-window-feedback]");
    let words = text(&feedback);
    assert!(words.contains("Too early"), "{words}");
    assert_eq!(
        text(&find(&feedback, r#"[data-date="apply-from"]"#)),
        "Wednesday 1 March 2028"
    );
}

#[wasm_bindgen_test]
async fn window_feedback_gives_the_dates_and_the_outcome() {
    let today = date(2027, 1, 15);
    let event = RwSignal::new(None::<NaiveDate>);
    let first = RwSignal::new(Some(false));
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <WindowFeedback event_date=event first_application=first today=today /> }
    });
    settle().await;
    let feedback = find(&root, "[data-testid=psf-window-feedback]");
    assert_eq!(
        feedback.get_attribute("aria-live").as_deref(),
        Some("polite")
    );
    assert!(text(&feedback).contains("Enter the full date"));
    let height_before = feedback.get_bounding_client_rect().height();

    // 20 days ahead: too late, and the last day that was in time.
    event.set(today.checked_add_days(Days::new(20)));
    settle().await;
    let words = text(&feedback);
    assert!(words.contains("Too late"), "{words}");
    assert!(
        words.contains("Thursday 24 December 2026"),
        "last day in time: {words}"
    );
    assert_eq!(
        find(&feedback, "[data-status]")
            .get_attribute("data-status")
            .as_deref(),
        Some("fail")
    );
    assert_eq!(
        feedback.get_bounding_client_rect().height(),
        height_before,
        "the box keeps its height: nothing below moves"
    );

    // 250 days ahead: too early, and when the window opens.
    event.set(today.checked_add_days(Days::new(250)));
    settle().await;
    let words = text(&feedback);
    assert!(words.contains("Too early"), "{words}");
    // The event is on Wednesday 22 September 2027: six months before.
    assert!(words.contains("Monday 22 March 2027"), "{words}");

    // 7 weeks ahead, first application: in time, with the 8-week advice.
    event.set(today.checked_add_days(Days::new(49)));
    first.set(Some(true));
    settle().await;
    let words = text(&feedback);
    assert!(words.contains("8 weeks"), "{words}");
    assert!(
        words.contains("Friday 8 January 2027"),
        "advised date: {words}"
    );
    assert_eq!(
        find(&feedback, "[data-status]")
            .get_attribute("data-status")
            .as_deref(),
        Some("warn")
    );
    let apply_by = find(&feedback, r#"[data-date="apply-by"]"#);
    assert_eq!(text(&apply_by), "Friday 22 January 2027");

    // Not a first application: simply in time.
    first.set(Some(false));
    settle().await;
    assert!(text(&feedback).contains("You're in time"));
}

// --- Error summary --------------------------------------------------------------

#[wasm_bindgen_test]
async fn error_summary_lists_links_takes_focus_and_moves_it_to_the_field() {
    let problems = RwSignal::new(Vec::<Problem>::new());
    let focus = RwSignal::new(0u32);
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <ErrorSummary problems=problems focus_request=focus />
            <div class="psf-form-group">
                <label for="t-first">"First name"</label>
                <input id="t-first" type="text" />
            </div>
            <div class="psf-form-group">
                <label for="t-email">"Email address"</label>
                <input id="t-email" type="text" />
            </div>
        }
    });
    settle().await;
    assert!(
        root.query_selector("[role=alert]").unwrap().is_none(),
        "nothing shows without problems"
    );

    problems.set(vec![
        Problem {
            field: None,
            target_id: "t-first".into(),
            message: "Enter your first name".into(),
            href: None,
        },
        Problem {
            field: None,
            target_id: "t-email".into(),
            message: "Enter an email address in the correct format, like name@example.com".into(),
            href: None,
        },
    ]);
    focus.set(1);
    settle().await;
    let summary = find(&root, "[role=alert]");
    assert!(text(&summary).contains("There is a problem"));
    assert_eq!(summary.get_attribute("tabindex").as_deref(), Some("-1"));
    let active = document().active_element().unwrap();
    assert!(
        active.is_same_node(Some(&summary)),
        "the summary takes focus"
    );

    let links = summary.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 2);
    let second: HtmlElement = links.item(1).unwrap().dyn_into().unwrap();
    assert_eq!(second.get_attribute("href").as_deref(), Some("#t-email"));
    let hash_before = window().location().hash().unwrap();
    second.click();
    settle().await;
    assert_eq!(document().active_element().unwrap().id(), "t-email");
    assert_eq!(
        window().location().hash().unwrap(),
        hash_before,
        "the URL hash (the route) is left alone"
    );

    // Fixed: the entry goes; all fixed: the summary goes.
    problems.update(|p| {
        p.remove(0);
    });
    settle().await;
    assert_eq!(
        find(&root, "[role=alert]")
            .query_selector_all("a")
            .unwrap()
            .length(),
        1
    );
    problems.set(Vec::new());
    settle().await;
    assert!(root.query_selector("[role=alert]").unwrap().is_none());
}

// --- The mounted app ---------------------------------------------------------------

fn input(root: &web_sys::Element, id: &str) -> HtmlInputElement {
    find(root, &format!("#{id}")).dyn_into().unwrap()
}

fn type_into(el: &HtmlInputElement, value: &str) {
    el.set_value(value);
    el.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_step_is_validated_on_continue_then_on_every_change() {
    let prefix = "psf-apply-web-test";
    if let Some(storage) = window().local_storage().unwrap() {
        let _ = storage.remove_item(&format!("{prefix}:v1:draft:community-partner"));
    }
    window()
        .location()
        .set_hash("#/community-partner/applicant")
        .unwrap();
    let root = container();
    let config = Config {
        storage_prefix: prefix.to_string(),
        ..Config::default()
    };
    psf_apply::ui::mount(root.clone(), config);
    settle().await;
    assert_eq!(text(&find(&root, "h1")), "Your details");
    assert!(root.query_selector("[role=alert]").unwrap().is_none());

    type_into(&input(&root, "psf-cp-first-name"), "Joey");
    type_into(&input(&root, "psf-cp-email"), "joey-at-example");
    settle().await;
    assert!(
        root.query_selector(".psf-error-message").unwrap().is_none(),
        "nothing is shown before Continue"
    );

    let button: HtmlElement = find(&root, "button[type=submit]").dyn_into().unwrap();
    button.click();
    settle().await;
    let summary = find(&root, "[role=alert]");
    assert_eq!(summary.query_selector_all("a").unwrap().length(), 2);
    assert!(document().title().starts_with("Error: "));
    let last = input(&root, "psf-cp-last-name");
    assert_eq!(last.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = last.get_attribute("aria-describedby").unwrap_or_default();
    assert!(described.contains("psf-cp-last-name-error"));
    assert!(text(&find(&root, "#psf-cp-last-name-error")).starts_with("Error:"));
    assert_eq!(
        input(&root, "psf-cp-first-name").value(),
        "Joey",
        "typed text is kept"
    );
    assert_eq!(input(&root, "psf-cp-email").value(), "joey-at-example");

    // Fixing the email re-validates at once.
    type_into(&input(&root, "psf-cp-email"), "joey@example.org");
    settle().await;
    assert_eq!(
        find(&root, "[role=alert]")
            .query_selector_all("a")
            .unwrap()
            .length(),
        1
    );
    type_into(&input(&root, "psf-cp-last-name"), "Python");
    settle().await;
    assert!(root.query_selector("[role=alert]").unwrap().is_none());
    assert!(!document().title().starts_with("Error: "));

    // The draft was saved under the configured prefix.
    let saved = window()
        .local_storage()
        .unwrap()
        .and_then(|s| {
            s.get_item(&format!("{prefix}:v1:draft:community-partner"))
                .unwrap()
        })
        .unwrap_or_default();
    assert!(saved.contains("\"last_name\":\"Python\""), "{saved}");
    window().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn a_corrupt_draft_is_discarded_with_a_notice() {
    let prefix = "psf-apply-web-test-corrupt";
    let storage = window().local_storage().unwrap().unwrap();
    storage
        .set_item(&format!("{prefix}:v1:draft:meetup-pro"), "{not json")
        .unwrap();
    storage
        .set_item(&format!("{prefix}:v0:draft:community-partner"), "{}")
        .unwrap();
    let root = container();
    psf_apply::ui::mount(
        root.clone(),
        Config {
            storage_prefix: prefix.to_string(),
            ..Config::default()
        },
    );
    settle().await;
    let notices = text(&find(&root, ".psf-notices"));
    assert!(notices.contains("couldn't be read"), "{notices}");
    assert!(notices.contains("older version"), "{notices}");
    assert!(storage
        .get_item(&format!("{prefix}:v1:draft:meetup-pro"))
        .unwrap()
        .is_none());
    assert!(storage
        .get_item(&format!("{prefix}:v0:draft:community-partner"))
        .unwrap()
        .is_none());
}

// --- Embedding -------------------------------------------------------------------

/// Collects the `detail` (as JSON text) of every `type` event reaching `target`.
fn record_events(
    target: &web_sys::EventTarget,
    event_type: &str,
) -> std::rc::Rc<std::cell::RefCell<Vec<(bool, bool, String)>>> {
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = seen.clone();
    let listener = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::CustomEvent)>::new(
        move |e: web_sys::CustomEvent| {
            let detail = js_sys::JSON::stringify(&e.detail())
                .unwrap()
                .as_string()
                .unwrap();
            sink.borrow_mut().push((e.bubbles(), e.composed(), detail));
        },
    );
    target
        .add_event_listener_with_callback(event_type, listener.as_ref().unchecked_ref())
        .unwrap();
    listener.forget();
    seen
}

#[wasm_bindgen_test]
fn host_events_bubble_with_their_detail() {
    use psf_apply::ui::host_events::HostEvent;
    use psf_apply::ui::route::Page;
    let parent = container();
    let child = document().create_element("div").unwrap();
    parent.append_child(&child).unwrap();
    let seen = record_events(&parent, "psf-apply:step");
    HostEvent::step(Page::Step(&psf_apply::rules::program::COMMUNITY_PARTNER, 2))
        .dispatch_on(&child);
    assert_eq!(
        *seen.borrow(),
        vec![(
            true,
            true,
            r#"{"of":4,"program":"community-partner","step":"acknowledgements","stepNumber":3}"#
                .to_string()
        )]
    );
}

#[wasm_bindgen_test]
async fn a_widget_routes_in_memory_with_its_own_ids_and_leaves_the_page_alone() {
    let prefix = "psf-apply-web-widget";
    if let Some(storage) = window().local_storage().unwrap() {
        let _ = storage.remove_item(&format!("{prefix}:v1:draft:community-partner"));
    }
    window().location().set_hash("").unwrap();
    let title = document().title();
    let element = container();
    let steps = record_events(&element, "psf-apply:step");
    let config = js_sys::JSON::parse(
        r#"{"program":"community-partner","storagePrefix":"psf-apply-web-widget",
            "prefill":{"first_name":"Joey","last_name":"Python"}}"#,
    )
    .unwrap();
    psf_apply::ui::shell::mount_js(element.clone().into(), config.clone()).unwrap();
    assert!(
        psf_apply::ui::shell::mount_js(element.clone().into(), config).is_err(),
        "one app per element"
    );
    settle().await;
    assert_eq!(text(&find(&element, "h1")), "Your details");
    let first = find(&element, "input[id$='-cp-first-name']");
    assert!(first.id().starts_with("psf-w"), "{}", first.id());
    assert_ne!(first.id(), "psf-cp-first-name");
    assert_eq!(
        first.dyn_into::<HtmlInputElement>().unwrap().value(),
        "Joey"
    );
    assert!(
        element.query_selector(".psf-back-link").unwrap().is_none(),
        "no start page to go back to"
    );

    let button: HtmlElement = find(&element, "button[type=submit]").dyn_into().unwrap();
    button.click();
    settle().await;
    assert!(find(&element, "[role=alert]")
        .inner_html()
        .contains("-cp-email"));
    assert_eq!(document().title(), title, "a widget leaves the title alone");

    let email: HtmlInputElement = find(&element, "input[id$='-cp-email']").dyn_into().unwrap();
    type_into(&email, "joey@example.org");
    button.click();
    settle().await;
    assert_eq!(text(&find(&element, "h1")), "Event or initiative details");
    assert_eq!(
        window().location().hash().unwrap(),
        "",
        "the URL is the host's"
    );
    let numbers: Vec<String> = steps.borrow().iter().map(|(_, _, d)| d.clone()).collect();
    assert_eq!(numbers.len(), 2, "{numbers:?}");
    assert!(numbers[1].contains(r#""step":"event""#), "{numbers:?}");
}

// --- A program defined only here -----------------------------------------------------

// A small third program the app does not ship, drawn by the real renderer:
// what a person sees (headings, labels, ids, messages, the reveal, the step
// count) can only come from this definition and these words.
mod book_club {
    use psf_apply::rules::eligibility::{self, Evaluation};
    use psf_apply::rules::form::FieldError;
    use psf_apply::rules::program::answers::no_decision;
    use psf_apply::rules::program::{
        Behaviour, Control, Limit, Lookup, Program, Question, Section, Step, Values,
    };
    use psf_apply::ui::words::{
        CardWords, Fact, Hint, NextSteps, ProgramWords, QuestionWords, StepWords,
    };

    pub const NAME_MAX: usize = 50;

    // Built as the crate's own definitions are.
    static NAME: Question =
        Question::new("name", "name", Control::Text, Limit::Chars(NAME_MAX)).personal();
    static EMAIL: Question =
        Question::new("email", "email", Control::Email, Limit::None).personal();
    static MEETS_MONTHLY: Question = Question::new(
        "meets_monthly",
        "meets-monthly",
        Control::YesNo,
        Limit::None,
    );
    static GENRE: Question = Question::new(
        "genre",
        "genre",
        Control::OneOf(&["fiction", "poetry", "other"]),
        Limit::None,
    );
    static GENRE_OTHER: Question =
        Question::new("genre_other", "genre-other", Control::Text, Limit::None)
            .revealed_by(&GENRE, "other");
    static READING_PERCENT: Question = Question::new(
        "reading_percent",
        "reading-percent",
        Control::Percentage,
        Limit::Range { min: 0, max: 100 },
    );

    pub static BOOK_CLUB: Program = Program {
        slug: "book-club",
        schema: "psf-apply/book-club/v1",
        id_prefix: "psf-bc-",
        questions: &[
            &NAME,
            &EMAIL,
            &MEETS_MONTHLY,
            &GENRE,
            &GENRE_OTHER,
            &READING_PERCENT,
        ],
        steps: &[
            Step {
                slug: "you",
                sections: &[Section {
                    heading: None,
                    questions: &[&NAME, &EMAIL],
                }],
                hook: None,
            },
            Step {
                slug: "club",
                sections: &[Section {
                    heading: Some("reading"),
                    questions: &[&MEETS_MONTHLY, &GENRE, &GENRE_OTHER, &READING_PERCENT],
                }],
                hook: None,
            },
        ],
        preview: &[],
        reference_prefix: "PSF-BC-",
        rules: &[],
        offers: &[],
    };

    pub static BEHAVIOUR: Behaviour = Behaviour {
        evaluate: |_, _| Evaluation {
            verdict: eligibility::verdict(&[]),
            outcomes: vec![],
        },
        field_errors,
        payload_json: |v, at, key, _| {
            serde_json::to_string_pretty(&serde_json::json!({
                "schema": "psf-apply/book-club/v1",
                "submitted_at": at.to_rfc3339(),
                "idempotency_key": key,
                "answers": answers_json(v),
            }))
        },
        answers_json,
        decision: no_decision,
    };

    pub static BEHAVIOURS: [(&Program, &Behaviour); 1] = [(&BOOK_CLUB, &BEHAVIOUR)];

    pub static PROGRAMS: [&Program; 1] = [&BOOK_CLUB];

    fn error(field: &str, code: &str) -> FieldError {
        FieldError {
            field: field.into(),
            code: code.into(),
        }
    }

    fn field_errors(v: &Values) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let name = v.text("name");
        if name.is_empty() {
            errors.push(error("name", "required"));
        } else if name.chars().count() > NAME_MAX {
            errors.push(error("name", "too_long"));
        }
        if v.text("email").is_empty() {
            errors.push(error("email", "required"));
        }
        if v.flag("meets_monthly").is_none() {
            errors.push(error("meets_monthly", "required"));
        }
        match v.code("genre") {
            None => errors.push(error("genre", "required")),
            Some("other") if v.text("genre_other").is_empty() => {
                errors.push(error("genre_other", "required"))
            }
            Some(_) => {}
        }
        match v.number("reading_percent") {
            None => errors.push(error("reading_percent", "required")),
            Some(n) if n > 100 => errors.push(error("reading_percent", "range")),
            Some(_) => {}
        }
        errors
    }

    fn answers_json(v: &Values) -> serde_json::Value {
        serde_json::json!({
            "name": v.text("name"),
            "email": v.text("email"),
            "meets_monthly": v.flag("meets_monthly"),
            "genre": v.code("genre"),
            "genre_other": v.text("genre_other"),
            "reading_percent": v.number("reading_percent"),
        })
    }

    const fn says(
        name: &'static str,
        label: &'static str,
        summary_key: &'static str,
        required: &'static str,
    ) -> QuestionWords {
        QuestionWords {
            name,
            label,
            hint: Hint::None,
            summary_key,
            subject: summary_key,
            required,
            example: "",
            options: &[],
            lead: None,
            item: "",
            items: "",
        }
    }

    pub static CARD: CardWords = CardWords {
        slug: "book-club",
        name: "Book Club",
        card_id: "bc",
        facts: &[Fact {
            term: "What you read",
            detail: || "Any book, as long as the club talks about it.".into(),
        }],
        start_button: "Start a Book Club application",
        preview_link_hidden: " for the Book Club",
    };

    pub static WORDS: ProgramWords = ProgramWords {
        card: &CARD,
        preview_heading: "Check if your club can join the Book Club",
        preview_note: "Nothing to check in advance.",
        steps: &[
            StepWords {
                slug: "you",
                heading: "Tell us about yourself",
                label: "About you",
            },
            StepWords {
                slug: "club",
                heading: "About your reading club",
                label: "Your club",
            },
        ],
        sections: &[("reading", "What the club reads")],
        notes: &[],
        questions: &[
            says("name", "Your name", "Name", "Enter your name"),
            says(
                "email",
                "Your email address",
                "Email",
                "Enter your email address",
            ),
            says(
                "meets_monthly",
                "Does the club meet every month?",
                "Meets monthly",
                "Select yes if the club meets every month",
            ),
            QuestionWords {
                options: &[
                    ("fiction", "Novels and stories"),
                    ("poetry", "Poems"),
                    ("other", "Something else"),
                ],
                ..says(
                    "genre",
                    "What does the club mostly read?",
                    "Reading",
                    "Select what the club mostly reads",
                )
            },
            says(
                "genre_other",
                "What else does the club read?",
                "Other reading",
                "Enter what else the club reads",
            ),
            says(
                "reading_percent",
                "What share of meetings is about the book?",
                "Share about the book",
                "Enter the share of meetings about the book",
            ),
        ],
        next_steps: NextSteps {
            render: |_, _| Vec::new(),
        },
    };

    pub static ALL_WORDS: [&ProgramWords; 1] = [&WORDS];
}

/// Mounts the whole app offering only the test's program, with no saved
/// state under `prefix`; keep the handle, or the app is unmounted.
async fn mount_book_club(
    prefix: &str,
    start: psf_apply::ui::route::Page,
    fixed: bool,
) -> (HtmlElement, impl Sized) {
    psf_apply::ui::words::register(&book_club::ALL_WORDS);
    psf_apply::rules::program::register_behaviours(&book_club::BEHAVIOURS);
    let program = fixed.then_some(&book_club::BOOK_CLUB);
    mount_app(prefix, &book_club::PROGRAMS, start, program).await
}

/// Mounts the whole app offering `programs` (fixed to `program` as a widget
/// is, when given) on `start`, with no saved state under `prefix`; keep the
/// handle, or the app is unmounted.
async fn mount_app(
    prefix: &str,
    programs: &'static [&'static psf_apply::rules::program::Program],
    start: psf_apply::ui::route::Page,
    program: Option<&'static psf_apply::rules::program::Program>,
) -> (HtmlElement, impl Sized) {
    use psf_apply::ui::app::App;
    use psf_apply::ui::instance::Instance;
    use psf_apply::ui::route::Location;

    if let Some(storage) = window().local_storage().unwrap() {
        let keys: Vec<String> = (0..storage.length().unwrap())
            .filter_map(|i| storage.key(i).unwrap())
            .filter(|k| k.starts_with(prefix))
            .collect();
        for key in keys {
            storage.remove_item(&key).unwrap();
        }
    }
    let root = container();
    let config = Config {
        storage_prefix: prefix.to_string(),
        ..Config::default()
    };
    let instance = Instance {
        id_prefix: "psf-".into(),
        hash_routing: false,
        start: Location::at(start),
        programs,
        program,
        prefill: vec![],
        width: None,
    };
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <App config=config instance=instance /> }
    });
    settle().await;
    (root, handle)
}

fn label_for(root: &web_sys::Element, id: &str) -> String {
    text(&find(root, &format!("label[for={id}]")))
}

/// The error summary's links as (href, text).
fn summary_links(root: &web_sys::Element) -> Vec<(String, String)> {
    let summary = find(root, "[role=alert]");
    assert!(text(&summary).contains("There is a problem"));
    let links = summary.query_selector_all("a").unwrap();
    (0..links.length())
        .map(|i| {
            let a: web_sys::Element = links.item(i).unwrap().dyn_into().unwrap();
            (a.get_attribute("href").unwrap_or_default(), text(&a))
        })
        .collect()
}

fn press_continue(root: &web_sys::Element) {
    let button: HtmlElement = find(root, "form button[type=submit]").dyn_into().unwrap();
    assert_eq!(text(&button).trim(), "Continue");
    button.click();
}

#[wasm_bindgen_test]
async fn a_program_defined_only_in_the_test_is_asked_by_the_real_renderer() {
    use psf_apply::ui::route::Page;
    let prefix = "psf-test-bookclub";
    let (root, _handle) = mount_book_club(prefix, Page::Step(&book_club::BOOK_CLUB, 0), true).await;

    // Step 1: its heading, caption, step count and labels, from the words;
    // its ids and input kinds, from the definition.
    assert_eq!(text(&find(&root, "h1")), "Tell us about yourself");
    assert_eq!(text(&find(&root, ".psf-caption")), "Book Club application");
    assert_eq!(text(&find(&root, ".psf-steps__count")), "Step 1 of 3");
    let steps: Vec<String> = {
        let items = root.query_selector_all(".psf-steps__item").unwrap();
        (0..items.length())
            .map(|i| text(&items.item(i).unwrap().dyn_into().unwrap()))
            .collect()
    };
    assert_eq!(
        steps,
        ["1About you", "2Your club", "3Check and submit"],
        "the steps of the definition, then check your answers"
    );
    assert_eq!(label_for(&root, "psf-bc-name"), "Your name");
    let name = input(&root, "psf-bc-name");
    assert_eq!(name.type_(), "text");
    assert_eq!(label_for(&root, "psf-bc-email"), "Your email address");
    let email = input(&root, "psf-bc-email");
    assert_eq!(email.type_(), "email", "an Email control");
    assert_eq!(
        root.query_selector_all("form input").unwrap().length(),
        2,
        "step 1 asks only its two questions"
    );
    assert!(root.query_selector("#psf-bc-genre").unwrap().is_none());
    assert!(root.query_selector("[role=alert]").unwrap().is_none());

    // Continue with nothing typed: the test's own "required" words, in page
    // order, each linking to its input.
    press_continue(&root);
    settle().await;
    assert_eq!(
        summary_links(&root),
        [
            ("#psf-bc-name".to_string(), "Enter your name".to_string()),
            (
                "#psf-bc-email".to_string(),
                "Enter your email address".to_string()
            ),
        ]
    );
    assert!(text(&find(&root, "#psf-bc-name-error")).contains("Enter your name"));
    assert_eq!(name.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        text(&find(&root, "h1")),
        "Tell us about yourself",
        "still step 1"
    );

    // The definition's limit words the too-long message.
    type_into(&name, &"a".repeat(book_club::NAME_MAX + 1));
    type_into(&email, "ada@example.org");
    settle().await;
    assert_eq!(
        summary_links(&root),
        [(
            "#psf-bc-name".to_string(),
            "Name must be 50 characters or fewer".to_string()
        )]
    );
    type_into(&name, "Ada Lovelace");
    settle().await;
    assert!(root.query_selector("[role=alert]").unwrap().is_none());
    press_continue(&root);
    settle().await;

    // Step 2.
    assert_eq!(text(&find(&root, "h1")), "About your reading club");
    assert_eq!(text(&find(&root, ".psf-steps__count")), "Step 2 of 3");
    assert_eq!(text(&find(&root, "form h2")), "What the club reads");
    let legends: Vec<String> = {
        let all = root.query_selector_all("form legend").unwrap();
        (0..all.length())
            .map(|i| text(&all.item(i).unwrap().dyn_into().unwrap()))
            .collect()
    };
    assert_eq!(
        legends,
        [
            "Does the club meet every month?",
            "What does the club mostly read?"
        ]
    );
    assert_eq!(label_for(&root, "psf-bc-meets-monthly"), "Yes");
    let genres = root
        .query_selector_all("input[type=radio][name=psf-bc-genre]")
        .unwrap();
    let genre_labels: Vec<String> = (0..genres.length())
        .map(|i| {
            let radio: web_sys::Element = genres.item(i).unwrap().dyn_into().unwrap();
            label_for(&root, &radio.id())
        })
        .collect();
    assert_eq!(
        genre_labels,
        ["Novels and stories", "Poems", "Something else"]
    );
    assert_eq!(
        label_for(&root, "psf-bc-reading-percent"),
        "What share of meetings is about the book?"
    );
    let percent = input(&root, "psf-bc-reading-percent");
    assert_eq!(
        percent.get_attribute("inputmode").as_deref(),
        Some("numeric")
    );
    assert!(
        root.query_selector("#psf-bc-genre-other")
            .unwrap()
            .is_none(),
        "the revealed question waits for its option"
    );

    // "Something else" reveals its question inside that option.
    let other: HtmlElement = find(&root, "input[name=psf-bc-genre][value=other]")
        .dyn_into()
        .unwrap();
    other.click();
    settle().await;
    let genre_other = input(&root, "psf-bc-genre-other");
    let conditional = genre_other
        .closest(".psf-radios__conditional")
        .unwrap()
        .expect("drawn inside the option's reveal");
    assert_eq!(
        other.get_attribute("aria-controls").as_deref(),
        Some(conditional.id().as_str())
    );
    assert!(!conditional.has_attribute("hidden"));
    assert_eq!(
        label_for(&root, "psf-bc-genre-other"),
        "What else does the club read?"
    );

    // Blank answers of step 2, in page order, the revealed one included.
    press_continue(&root);
    settle().await;
    assert_eq!(
        summary_links(&root),
        [
            (
                "#psf-bc-meets-monthly".to_string(),
                "Select yes if the club meets every month".to_string()
            ),
            (
                "#psf-bc-genre-other".to_string(),
                "Enter what else the club reads".to_string()
            ),
            (
                "#psf-bc-reading-percent".to_string(),
                "Enter the share of meetings about the book".to_string()
            ),
        ]
    );

    let yes: HtmlElement = find(&root, "#psf-bc-meets-monthly").dyn_into().unwrap();
    yes.click();
    type_into(&genre_other, "Graphic novels");
    type_into(&percent, "75");
    settle().await;
    assert!(root.query_selector("[role=alert]").unwrap().is_none());
    press_continue(&root);
    settle().await;

    // Check your answers: the steps' labels, the words' row names, the answers.
    assert_eq!(
        text(&find(&root, "h1")),
        "Check your answers before submitting"
    );
    assert_eq!(text(&find(&root, ".psf-steps__count")), "Step 3 of 3");
    let headings: Vec<String> = {
        let all = root.query_selector_all("h2.psf-heading-m").unwrap();
        (0..all.length())
            .map(|i| text(&all.item(i).unwrap().dyn_into().unwrap()))
            .collect()
    };
    assert_eq!(&headings[..2], ["About you", "Your club"], "{headings:?}");
    let rows: Vec<(String, String)> = {
        let all = root.query_selector_all(".psf-summary-list__row").unwrap();
        (0..all.length())
            .map(|i| {
                let row: web_sys::Element = all.item(i).unwrap().dyn_into().unwrap();
                (
                    text(&find(&row, ".psf-summary-list__key")),
                    text(&find(&row, ".psf-summary-list__value")),
                )
            })
            .collect()
    };
    let expected = [
        ("Name", "Ada Lovelace"),
        ("Email", "ada@example.org"),
        ("Meets monthly", "Yes"),
        ("Reading", "Something else: Graphic novels"),
        ("Share about the book", "75%"),
    ]
    .map(|(k, v)| (k.to_string(), v.to_string()));
    assert_eq!(
        rows, expected,
        "one row per question, the revealed one in its parent's"
    );

    // The generic draft saved it by the definition's names and codes.
    let saved = window()
        .local_storage()
        .unwrap()
        .and_then(|s| s.get_item(&format!("{prefix}:v1:draft:book-club")).unwrap())
        .unwrap_or_default();
    for part in [
        r#""name":"Ada Lovelace""#,
        r#""genre":"other""#,
        r#""genre_other":"Graphic novels""#,
        r#""meets_monthly":true"#,
    ] {
        assert!(saved.contains(part), "{part} in {saved}");
    }
}

#[wasm_bindgen_test]
async fn the_start_page_offers_only_the_programs_of_its_instance() {
    use psf_apply::ui::route::Page;
    let (root, _handle) = mount_book_club("psf-test-bookclub-start", Page::Start, false).await;
    assert_eq!(text(&find(&root, "h1")), "Apply to a PSF community program");
    let cards = root.query_selector_all("section.psf-program").unwrap();
    assert_eq!(cards.length(), 1, "one program on offer");
    assert_eq!(text(&find(&root, "#psf-program-bc")), "Book Club");
    assert!(text(&find(&root, ".psf-facts")).contains("What you read"));
    let page = text(&root);
    assert!(!page.contains("Community Partner"), "{page}");
    assert!(!page.contains("Meetup Pro"), "{page}");
    let start: HtmlElement = find(&root, "a.psf-button--start").dyn_into().unwrap();
    assert_eq!(text(&start), "Start a Book Club application");
    assert_eq!(
        start.get_attribute("href").as_deref(),
        Some("#/book-club/you")
    );
    start.click();
    settle().await;
    assert_eq!(text(&find(&root, "h1")), "Tell us about yourself");
    assert_eq!(label_for(&root, "psf-bc-name"), "Your name");
}

// --- The list control (the Grants request's itemised budget) --------------------

/// Mounts the app on the Grants request's money step, with nothing saved
/// under `prefix`; keep the handle, or the app is unmounted.
async fn mount_grant_money(prefix: &str) -> (HtmlElement, impl Sized) {
    use psf_apply::rules::program::{Program, GRANT};
    use psf_apply::ui::route::Page;

    static PROGRAMS: [&Program; 1] = [&GRANT];
    mount_app(prefix, &PROGRAMS, Page::Step(&GRANT, 2), Some(&GRANT)).await
}

fn button_named(root: &web_sys::Element, name: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|b| b.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == name)
        .unwrap_or_else(|| panic!("no button {name:?} in {}", root.inner_html()))
}

fn line_legends(root: &web_sys::Element) -> Vec<String> {
    let legends = root.query_selector_all(".psf-list-item > legend").unwrap();
    (0..legends.length())
        .filter_map(|i| legends.item(i))
        .map(|l| l.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

#[wasm_bindgen_test]
async fn a_list_adds_lines_names_their_problems_and_removes_one_keeping_the_rest() {
    let (root, _handle) = mount_grant_money("psf-test-grant-list").await;
    assert!(line_legends(&root).is_empty());
    button_named(&root, "Add a budget line").click();
    settle().await;
    // Focus goes to the new line's first input.
    let first = input(&root, "psf-gr-budget-0-description");
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some(first.id()),
        "focus on the new line"
    );
    type_into(&first, "Venue hire");
    type_into(&input(&root, "psf-gr-budget-0-amount"), "12.5k");
    button_named(&root, "Add another budget line").click();
    settle().await;
    button_named(&root, "Add another budget line").click();
    settle().await;
    type_into(&input(&root, "psf-gr-budget-2-description"), "Captioning");
    type_into(&input(&root, "psf-gr-budget-2-amount"), "-5");
    assert_eq!(
        line_legends(&root),
        ["Budget line 1", "Budget line 2", "Budget line 3"]
    );

    press_continue(&root);
    settle().await;
    let links: Vec<String> = summary_links(&root).into_iter().map(|(_, t)| t).collect();
    for expected in [
        "Budget line 1: select the category of this line",
        "Budget line 1: enter the amount in whole US dollars, like 4,000",
        "Budget line 2: enter what this line pays for",
        "Budget line 3: amount must be 1 USD or more, without a minus sign",
    ] {
        assert!(
            links.iter().any(|l| l == expected),
            "{expected:?} in {links:?}"
        );
    }
    // Each message also sits beside its own line's input.
    let beside = text(&find(&root, "#psf-gr-budget-2-amount-error"));
    assert!(
        beside.contains("Budget line 3: amount must be 1 USD or more"),
        "{beside}"
    );

    // Line 2 goes: line 3 becomes line 2, with what was typed and its message.
    let second = find(&root, "[data-line='1']");
    let remove: HtmlElement = find(&second, "button").dyn_into().unwrap();
    assert_eq!(text(&remove).trim(), "Remove budget line 2");
    remove.click();
    settle().await;
    assert_eq!(line_legends(&root), ["Budget line 1", "Budget line 2"]);
    assert_eq!(
        input(&root, "psf-gr-budget-2-description").value(),
        "Captioning"
    );
    assert_eq!(input(&root, "psf-gr-budget-0-amount").value(), "12.5k");
    let beside = text(&find(&root, "#psf-gr-budget-2-amount-error"));
    assert!(
        beside.contains("Budget line 2: amount must be 1 USD or more"),
        "{beside}"
    );
    let links: Vec<String> = summary_links(&root).into_iter().map(|(_, t)| t).collect();
    assert!(
        !links
            .iter()
            .any(|l| l.contains("enter what this line pays for")),
        "the removed line's problem is gone: {links:?}"
    );
    let said = text(&find(&root, "[data-testid=psf-list-announcement]"));
    assert_eq!(said, "Budget line 2 removed. 2 budget lines left.");
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some("psf-gr-budget-add".to_string()),
        "focus on the Add button after a removal"
    );
}

#[wasm_bindgen_test]
async fn a_list_shows_its_running_total_beside_the_amount_requested() {
    let (root, _handle) = mount_grant_money("psf-test-grant-total").await;
    type_into(&input(&root, "psf-gr-amount-requested"), "$12,500");
    button_named(&root, "Add a budget line").click();
    settle().await;
    type_into(&input(&root, "psf-gr-budget-0-amount"), "10,000");
    settle().await;
    let total = text(&find(&root, "[data-testid=psf-running-total]"));
    assert_eq!(
        total,
        "The lines add up to 10,000 USD. Amount requested: 12,500 USD, so 2,500 USD is not in a line yet."
    );
    button_named(&root, "Add another budget line").click();
    settle().await;
    type_into(&input(&root, "psf-gr-budget-1-amount"), "2500 USD");
    settle().await;
    let total = text(&find(&root, "[data-testid=psf-running-total]"));
    assert_eq!(
        total,
        "The lines add up to 12,500 USD. That is the amount requested exactly."
    );
}

#[wasm_bindgen_test]
async fn grant_window_gives_both_dates_and_the_board_note_above_the_threshold() {
    use psf_apply::ui::components::grant_window::GrantWindow;
    let today = date(2027, 1, 15);
    let start = RwSignal::new(None::<NaiveDate>);
    let amount = RwSignal::new(None::<u32>);
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <GrantWindow start_date=start amount_requested=amount today=today /> }
    });
    settle().await;
    assert!(
        text(&root).contains("Enter the full date"),
        "{}",
        text(&root)
    );
    // 30 March 2027: 42 days before is 16 February; 3 months before,
    // 30 December 2026, already past on 15 January.
    start.set(Some(date(2027, 3, 30)));
    amount.set(Some(12_000));
    settle().await;
    assert_eq!(
        text(&find(&root, "[data-date=apply-by]")),
        "Tuesday 16 February 2027"
    );
    assert_eq!(
        text(&find(&root, "[data-date=advised-by]")),
        "Wednesday 30 December 2026"
    );
    assert_eq!(
        find(&root, "[data-status]")
            .get_attribute("data-status")
            .as_deref(),
        Some("warn")
    );
    assert!(
        text(&root).contains("goes to the PSF Board"),
        "{}",
        text(&root)
    );
    assert!(root
        .query_selector("[data-testid=psf-board-note]")
        .unwrap()
        .is_none());
    // In good time: the note says the Board decides.
    start.set(Some(date(2027, 9, 1)));
    settle().await;
    assert_eq!(
        find(&root, "[data-status]")
            .get_attribute("data-status")
            .as_deref(),
        Some("pass")
    );
    assert!(text(&find(&root, "[data-testid=psf-board-note]")).contains("Over 10,000 USD"));
    amount.set(Some(10_000));
    settle().await;
    assert!(root
        .query_selector("[data-testid=psf-board-note]")
        .unwrap()
        .is_none());
}

/// The calendar file behind a reminder link, as the browser would download it
/// (the link is made on the click, so the test clicks and then reads it).
fn reminder_file(link: &web_sys::Element) -> (String, String) {
    let link: HtmlElement = link.clone().dyn_into().unwrap();
    // A click would start a download in the test browser: cancel the
    // navigation once the app's own handler has set the link up.
    let cancel =
        wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
            e.prevent_default()
        });
    window()
        .add_event_listener_with_callback("click", cancel.as_ref().unchecked_ref())
        .unwrap();
    link.click();
    window()
        .remove_event_listener_with_callback("click", cancel.as_ref().unchecked_ref())
        .unwrap();
    let href = link.get_attribute("href").unwrap();
    let data = href
        .strip_prefix("data:text/calendar;charset=utf-8,")
        .unwrap_or_else(|| panic!("not a calendar file: {href:.60}"));
    let ics = String::from(js_sys::decode_uri_component(data).unwrap());
    (link.get_attribute("download").unwrap(), ics)
}

#[wasm_bindgen_test]
async fn window_boxes_offer_a_calendar_reminder_for_each_date_to_act_on() {
    use psf_apply::rules::program::{COMMUNITY_PARTNER, GRANT};
    use psf_apply::ui::components::grant_window::GrantWindow;
    let today = date(2027, 1, 10);
    let event = RwSignal::new(Some(date(2027, 9, 10)));
    let first = RwSignal::new(Some(true));
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <WindowFeedback event_date=event first_application=first today=today program=&COMMUNITY_PARTNER />
        }
    });
    settle().await;
    let links = |root: &HtmlElement| {
        let all = root.query_selector_all("[data-reminder]").unwrap();
        (0..all.length())
            .map(|i| all.item(i).unwrap().dyn_into::<web_sys::Element>().unwrap())
            .collect::<Vec<_>>()
    };
    let codes = |root: &HtmlElement| {
        links(root)
            .iter()
            .map(|l| l.get_attribute("data-reminder").unwrap())
            .collect::<Vec<_>>()
    };
    // Too early: the day the window opens, and nothing else.
    let early = links(&root);
    assert_eq!(early.len(), 1);
    assert_eq!(
        early[0].get_attribute("data-reminder").as_deref(),
        Some("window-opens")
    );
    assert_eq!(
        text(&early[0]),
        "Add a reminder to your calendar for Wednesday 10 March 2027 (applications open)"
    );
    let (name, ics) = reminder_file(&early[0]);
    assert_eq!(name, "psf-community-partner-window-opens-2027-03-10.ics");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20270310\r\n"), "{ics}");
    assert!(ics.contains("\r\nBEGIN:VALARM\r\n"), "{ics}");

    // In time for a first application: the advised date, then the last day.
    event.set(Some(date(2027, 4, 10)));
    settle().await;
    assert_eq!(codes(&root), ["advised-by", "apply-by"]);
    let (_, ics) = reminder_file(&links(&root)[1]);
    assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20270227\r\n"), "{ics}");
    // Not a first application: the last day only.
    first.set(Some(false));
    settle().await;
    assert_eq!(links(&root).len(), 1);
    // Too late: nothing to remind of.
    event.set(Some(date(2027, 2, 1)));
    settle().await;
    assert!(links(&root).is_empty());

    // The Grants box: "advised by" while it is ahead.
    let start = RwSignal::new(Some(date(2027, 6, 1)));
    let root = container();
    let _grant = leptos::mount::mount_to(root.clone(), move || {
        view! { <GrantWindow start_date=start amount_requested=Some(500) today=today program=&GRANT /> }
    });
    settle().await;
    assert_eq!(codes(&root), ["advised-by", "apply-by"]);
    let (name, _) = reminder_file(&links(&root)[0]);
    assert!(name.starts_with("psf-grant-advised-by-2027-0"), "{name}");
}

#[wasm_bindgen_test]
async fn the_reshare_check_answers_by_kind_and_names_contradicting_words() {
    use psf_apply::ui::components::reshare_check::ReshareCheck;
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || view! { <ReshareCheck /> });
    settle().await;
    let outcome = |root: &HtmlElement| {
        root.query_selector("[data-outcome]").unwrap().map(|e| {
            (
                e.get_attribute("data-outcome").unwrap(),
                e.get_attribute("data-rule").unwrap(),
                text(&e),
            )
        })
    };
    assert_eq!(outcome(&root), None, "no answer before a kind is chosen");
    let radios = root.query_selector_all("input[type=radio]").unwrap();
    assert_eq!(radios.length(), 9);
    let choose = |i: u32| {
        let r: HtmlInputElement = radios.item(i).unwrap().dyn_into().unwrap();
        r.click();
    };
    choose(0); // Save the date
    settle().await;
    let (slug, rule, words) = outcome(&root).unwrap();
    assert_eq!((slug.as_str(), rule.as_str()), ("eligible", "rs.post_kind"));
    assert!(
        words.contains("“Save the date” is one of the posts the PSF re-shares"),
        "{words}"
    );

    let area = find(&root, "textarea");
    let type_text = |value: &str| {
        js_sys::Reflect::set(&area, &"value".into(), &value.into()).unwrap();
        area.dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
    };
    type_text("Tickets are $25 — donate if you can!");
    settle().await;
    let (slug, rule, words) = outcome(&root).unwrap();
    assert_eq!(
        (slug.as_str(), rule.as_str()),
        ("decided-by-psf", "rs.text_cues")
    );
    assert!(
        words.contains("Words found: “Tickets”, “$25”, “donate”."),
        "{words}"
    );

    choose(5); // Fundraiser or donation request
    settle().await;
    let (slug, _, words) = outcome(&root).unwrap();
    assert_eq!(slug, "not-eligible");
    assert!(
        !words.contains("Words found"),
        "no contradiction for an ineligible kind: {words}"
    );

    choose(8); // Something else
    type_text("");
    settle().await;
    let (slug, rule, _) = outcome(&root).unwrap();
    assert_eq!(
        (slug.as_str(), rule.as_str()),
        ("decided-by-psf", "rs.post_kind")
    );
    let all = text(&root);
    assert!(
        all.contains("at most 2 posts per Community Partner"),
        "{all}"
    );
}

// --- The panels in each language ---------------------------------------------------

/// Speaks `locale` with its catalogue as shipped (the file the app fetches).
fn speak(locale: psf_apply::ui::i18n::Locale) {
    use psf_apply::ui::i18n::{self, Locale};
    let source = match locale {
        Locale::Es => include_str!("../public/locales/es.ftl"),
        Locale::PtBr => include_str!("../public/locales/pt-BR.ftl"),
        Locale::Fr => include_str!("../public/locales/fr.ftl"),
        Locale::Pseudo => include_str!("../public/locales/en-XA.ftl"),
        Locale::En => "",
    };
    if locale != Locale::En && i18n::loaded(locale).is_none() {
        i18n::load(locale, source.to_string()).expect("the catalogue parses");
    }
    assert_eq!(psf_apply::ui::language::speak_loaded(locale), locale);
}

/// The text of `view` mounted in `locale`, read before anything is awaited:
/// the other tests of this file run interleaved with this one in the same
/// page, so English is back before they run again.
fn drawn_in<V: IntoView + 'static>(
    locale: psf_apply::ui::i18n::Locale,
    view: impl FnOnce() -> V + 'static,
) -> String {
    speak(locale);
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), view);
    let words = text(&root);
    drop(handle);
    speak(psf_apply::ui::i18n::Locale::En);
    words
}

#[wasm_bindgen_test]
fn the_eligibility_panel_speaks_each_language_with_its_plurals() {
    use psf_apply::rules::grant::{self, GrantAnswers, OtherSource};
    use psf_apply::ui::i18n::Locale;
    // (locale, one other source, two of them)
    let cases = [
        (
            Locale::Es,
            "Figura 1 fuente de financiación más.",
            "Figuran 2 fuentes de financiación más.",
        ),
        (
            Locale::Fr,
            "1 autre source de financement est indiquée.",
            "2 autres sources de financement sont indiquées.",
        ),
        (
            Locale::PtBr,
            "1 outra fonte de dinheiro foi informada.",
            "2 outras fontes de dinheiro foram informadas.",
        ),
        (
            Locale::En,
            "1 other source of money is listed.",
            "2 other sources of money are listed.",
        ),
    ];
    let today = date(2027, 1, 15);
    let panel = |sources: usize| {
        let answers = GrantAnswers {
            amount_requested: Some(4000),
            total_budget: Some(20000),
            other_sources: (0..sources)
                .map(|i| OtherSource {
                    name: format!("Sponsor {i}"),
                    amount: Some(500),
                })
                .collect(),
            ..GrantAnswers::default()
        };
        let evaluation = Signal::derive(move || grant::evaluate(&answers, today));
        move || view! { <EligibilityPanel evaluation=evaluation open=true /> }
    };
    for (locale, one, two) in cases {
        let words = drawn_in(locale, panel(1));
        assert!(words.contains(one), "{locale:?}: {words}");
        if locale != Locale::En {
            assert!(
                !words.contains("Not answered yet"),
                "{locale:?} still says English: {words}"
            );
        }
        let words = drawn_in(locale, panel(2));
        assert!(words.contains(two), "{locale:?}: {words}");
    }
}

#[wasm_bindgen_test]
fn the_window_panel_writes_its_dates_and_weeks_in_each_language() {
    use psf_apply::ui::i18n::Locale;
    let cases = [
        (Locale::Es, "jueves, 24 de diciembre de 2026", "6 semanas"),
        (Locale::Fr, "jeudi 24 décembre 2026", "6 semaines"),
        (
            Locale::PtBr,
            "quinta-feira, 24 de dezembro de 2026",
            "6 semanas",
        ),
        (Locale::En, "Thursday 24 December 2026", "6 weeks"),
    ];
    let today = date(2027, 1, 15);
    for (locale, last_day, weeks) in cases {
        let event = today.checked_add_days(Days::new(20));
        let words = drawn_in(locale, move || {
            view! { <WindowFeedback event_date=Signal::derive(move || event) first_application=Some(false) today=today /> }
        });
        assert!(words.contains(last_day), "{locale:?}: {words}");
        assert!(words.contains(weeks), "{locale:?}: {words}");
    }
}

// --- The start page drawn by hand ---------------------------------------------------

/// An element's tree as a person's browser exposes it: tag, attributes (in
/// any order) and text, without the renderer's comment markers, and with
/// text split across nodes read as one.
fn shape(node: &web_sys::Node, out: &mut String) {
    use web_sys::Node;
    let element: &web_sys::Element = node.unchecked_ref();
    let mut attributes: Vec<String> = element
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
        .map(|n| format!("{n}={:?}", element.get_attribute(&n).unwrap_or_default()))
        .collect();
    attributes.sort();
    out.push_str(&format!(
        "<{} {}>",
        element.tag_name(),
        attributes.join(" ")
    ));
    let children = node.child_nodes();
    let mut text = String::new();
    for i in 0..children.length() {
        let child = children.item(i).unwrap();
        match child.node_type() {
            Node::TEXT_NODE => text.push_str(&child.text_content().unwrap_or_default()),
            Node::ELEMENT_NODE => {
                out.push_str(&std::mem::take(&mut text));
                shape(&child, out);
            }
            _ => {}
        }
    }
    out.push_str(&text);
    out.push_str("</>");
}

/// Waits until no other test of this page has the address on a page of its
/// own: the app about to be mounted reads it.
async fn address_free() {
    use psf_apply::ui::route::{Location, Page};
    let elsewhere = || {
        Location::parse(
            &window().location().hash().unwrap(),
            psf_apply::rules::program::all_programs(),
        )
        .is_some_and(|l| l.page != Page::Start)
    };
    while elsewhere() {
        sleep(50).await;
    }
}

#[wasm_bindgen_test]
async fn the_start_page_drawn_by_hand_is_the_apps_own_start_page() {
    use psf_apply::rules::program::{all_programs, COMMUNITY_PARTNER};
    use psf_apply::ui::app::Handover;
    use psf_apply::ui::draft::store::{open_storage, DraftStore};
    use psf_apply::ui::draft::{index_of, Answer, Draft};
    use psf_apply::ui::i18n::Locale;
    use psf_apply::ui::route::Page;
    let prefix = "psf-apply-web-shell";
    let storage = window().local_storage().unwrap().unwrap();
    let mut draft = Draft::blank(&COMMUNITY_PARTNER);
    draft.set(
        index_of(&COMMUNITY_PARTNER, "first_name").unwrap(),
        Answer::Text("Joey".into()),
    );
    let saved_at = chrono::DateTime::parse_from_rfc3339("2026-11-30T09:15:00+00:00").unwrap();
    address_free().await;
    for locale in [Locale::En, Locale::Es] {
        // A draft in progress, one that cannot be read and one of an older
        // version: the resume offer and two notices, each drawn both ways.
        DraftStore::new(prefix, true, Vec::new()).save(&COMMUNITY_PARTNER, &draft, saved_at, None);
        storage
            .set_item(&format!("{prefix}:v1:draft:meetup-pro"), "{not json")
            .unwrap();
        storage
            .set_item(&format!("{prefix}:v0:draft:community-partner"), "{}")
            .unwrap();
        let opened = open_storage(prefix, all_programs());
        // Nothing awaited from here on: the other tests run in English.
        speak(locale);
        let by_hand = document().create_element("div").unwrap();
        psf_apply::ui::shell::draw_start_page(&by_hand, &opened);
        let by_app: HtmlElement = document()
            .create_element("div")
            .unwrap()
            .dyn_into()
            .unwrap();
        document().body().unwrap().append_child(&by_app).unwrap();
        psf_apply::ui::mount_handed_over(
            by_app.clone(),
            Config {
                storage_prefix: prefix.to_string(),
                ..Config::default()
            },
            Handover {
                opened,
                shown: Some(Page::Start),
                moved_on: false,
                at: None,
            },
        );
        let (mut hand, mut app) = (String::new(), String::new());
        shape(&by_hand, &mut hand);
        shape(&by_app, &mut app);
        speak(Locale::En);
        by_app.remove();
        assert_eq!(hand, app, "in {locale:?}");
        // What is compared holds what it should, in its language.
        assert!(
            hand.contains("id=\"psf-draft-community-partner-title\""),
            "{hand}"
        );
        assert_eq!(hand.matches("psf-notice__dismiss").count(), 2, "{hand}");
        assert!(hand.contains("id=\"psf-continue-file-input\""), "{hand}");
        assert!(
            hand.contains(&format!("lang=\"{}\"", locale.tag())),
            "{hand}"
        );
        storage
            .remove_item(&format!("{prefix}:v1:draft:community-partner"))
            .unwrap();
    }
}

/// The start page reads the drafts and the config with the browser's
/// `JSON.parse` (`ui::json`) where the rest of the app, and the native tests,
/// use serde_json: the two must read every text the same, and refuse the same.
/// And a value handed to the page (a host event's detail) is what it was when
/// it went through its text.
#[wasm_bindgen_test]
fn the_browsers_json_reads_what_serde_json_reads() {
    use psf_apply::ui::json;
    use serde_json::{json, Value};

    let nested = |levels: usize| format!("{}1{}", "[".repeat(levels), "]".repeat(levels));
    let nested_objects =
        |levels: usize| format!("{}1{}", r#"{"a":"#.repeat(levels), "}".repeat(levels));
    let texts = [
        r##"{"version":1,"saved_at":"2026-12-04T10:00:00+00:00","resume":"#/community-partner/event","ack_version":3,"draft":{"first_name":"Zoë \"Z\" \\ Python","lines":[{"amount":"9,000","essential":true,"quote":null}],"other":[]}}"##.to_string(),
        r#""\u00e9\ud83d\ude00\n\t\/\b\f\r""#.to_string(),
        r#""\ufffd typed as it is""#.to_string(),
        "[0, 1, -1, 1.5, -2.5e-3, 123456789012, 9007199254740992, 1.7976931348623157e308]".to_string(),
        "[-0, -0.0, 2.5e-300]".to_string(),
        " \n {\"a\" : [ 1 , 2 , { } ] , \"b\" : { \"c\" : [ [ ] ] } } \n".to_string(),
        "true".to_string(),
        "false".to_string(),
        "null".to_string(),
        r#""""#.to_string(),
        r#"{"storagePrefix":"psf-demo","endpoint":"/api/applications","retries":3}"#.to_string(),
        r#"{"same":1,"same":2}"#.to_string(),
        r#"{"__proto__":{"a":1},"constructor":2}"#.to_string(),
        nested(127),
        nested_objects(127),
        // Not JSON, or beyond what serde_json reads: both refuse.
        nested(128),
        nested_objects(128),
        "1e400".to_string(),
        "[-1e400]".to_string(),
        r#""\ud800""#.to_string(),
        r#"{"\udc00":1}"#.to_string(),
        String::new(),
        "{".to_string(),
        r#"{"a":}"#.to_string(),
        "[1,]".to_string(),
        "tru".to_string(),
        r#""\x""#.to_string(),
        "{'a':1}".to_string(),
        "NaN".to_string(),
        "01".to_string(),
        r#"{"a":1} x"#.to_string(),
        "\"line\nbreak\"".to_string(),
    ];
    for text in &texts {
        let ours = json::parse(text);
        let theirs = serde_json::from_str::<Value>(text).ok();
        assert_eq!(ours, theirs, "read differently: {text:?}");
        if let Some(value) = ours {
            let handed = js_sys::JSON::stringify(&json::to_js(&value)).unwrap();
            let through_text = js_sys::JSON::parse(&value.to_string()).unwrap();
            let through_text = js_sys::JSON::stringify(&through_text).unwrap();
            assert_eq!(
                String::from(handed),
                String::from(through_text),
                "handed over differently: {text:?}"
            );
        }
    }
    // The differences (`ui::json`), which nothing the app writes has.
    assert_eq!(json::parse("[1.0, 1e3]"), Some(json!([1, 1000])));
    assert_eq!(
        json::parse("12345678901234567890"),
        Some(json!(12_345_678_901_234_567_890_u64 as f64))
    );
    // The browser rounds to the nearest float, as Rust's own parse does;
    // serde_json's reader (without its `float_roundtrip`) is one unit off.
    let tiny: f64 = "-1.5e-300".parse().unwrap();
    assert_eq!(json::parse("-1.5e-300"), Some(json!(tiny)));
    assert_ne!(
        serde_json::from_str::<Value>("-1.5e-300").ok(),
        Some(json!(tiny))
    );
}
