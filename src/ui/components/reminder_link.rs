use chrono::NaiveDate;
use leptos::html;
use leptos::prelude::*;

use crate::rules::calendar::{self, Reminder};
use crate::rules::program::Program;
use crate::ui::clock;
use crate::ui::download;
use crate::ui::ids::owns_document;
use crate::ui::messages;
use crate::ui::reminder::Purpose;
use crate::ui::route::Page;

/// "Add a reminder to your calendar": an all-day event on `date` with an
/// alarm the day before, as an .ics file that every calendar imports.
#[component]
pub fn ReminderLink(
    program: &'static Program,
    purpose: Purpose,
    /// The day to act on.
    date: NaiveDate,
    /// The event's date, which the reminder's text gives for context.
    event: Option<NaiveDate>,
    /// Where the reminder's link leads back to in the app.
    back_to: Page,
) -> impl IntoView {
    let link = NodeRef::<html::A>::new();
    // Made on the click (`download::offer`): DTSTAMP is the moment of download.
    let on_click = move |_| {
        let Some(a) = link.get_untracked() else {
            return;
        };
        let (summary, description) = messages::reminder(program, purpose, event);
        let url = back_url(back_to);
        let reminder = Reminder {
            program: program.slug,
            purpose: purpose.code(),
            date,
            summary: &summary,
            description: &description,
            url: &url,
        };
        let text = calendar::ics(&reminder, clock::now().naive_utc());
        download::offer(&a, &calendar::file_name(&reminder), "text/calendar", &text);
    };
    let text = messages::add_reminder_for(date);
    view! {
        <a class="psf-link psf-reminder psf-no-print" href="#" download="" node_ref=link on:click=on_click
            data-reminder=purpose.code()>
            {text}
            <span class="psf-visually-hidden">{messages::reminder_for(purpose)}</span>
        </a>
    }
}

/// The application's address: the page itself in a widget (its host's
/// page, where the form lives), the program's page in the standalone app.
fn back_url(page: Page) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    let hash = if owns_document() {
        page.href()
    } else {
        String::new()
    };
    format!("{origin}{path}{search}{hash}")
}

/// The reminders of a window box, one line each; nothing without a program
/// (a box mounted alone) or without a date to act on.
pub fn reminder_links(
    program: Option<&'static Program>,
    dates: Vec<(Purpose, NaiveDate)>,
    event: Option<NaiveDate>,
) -> impl IntoView {
    let program = program.filter(|_| !dates.is_empty())?;
    let back_to = Page::Step(program, 0);
    let links = dates
        .into_iter()
        .map(|(purpose, date)| {
            view! {
                <li>
                    <ReminderLink program=program purpose=purpose date=date event=event back_to=back_to />
                </li>
            }
        })
        .collect_view();
    Some(view! { <ul class="psf-list psf-window__reminders psf-no-print">{links}</ul> })
}
