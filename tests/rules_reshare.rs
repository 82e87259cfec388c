//! Will the PSF re-share this post: every kind's verdict, the cues read from
//! a post's text (words, prices, boundaries, case, non-ASCII text), and the
//! text contradicting the chosen kind.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use psf_apply::rules::reshare::{
    self as rs, check_post, cues, Cue, CueKind, PostKind, ReshareOutcome,
};
use psf_apply::rules::thresholds;

use CueKind::*;
use PostKind::*;
use ReshareOutcome::*;

fn cue(kind: CueKind, found: &str) -> Cue {
    Cue {
        kind,
        found: found.to_string(),
    }
}

fn found(text: &str) -> Vec<(CueKind, String)> {
    cues(text).into_iter().map(|c| (c.kind, c.found)).collect()
}

#[test]
fn the_kinds_in_the_order_shown_with_their_codes() {
    let expected = [
        (SaveTheDate, "save_the_date", Some(true)),
        (MissionStatement, "mission_statement", Some(true)),
        (CallForProposals, "call_for_proposals", Some(true)),
        (ScheduleRelease, "schedule_release", Some(true)),
        (TravelGrant, "travel_grant", Some(true)),
        (Fundraiser, "fundraiser", Some(false)),
        (PaidRegistration, "paid_registration", Some(false)),
        (Purchase, "purchase", Some(false)),
        (Other, "other", None),
    ];
    assert_eq!(PostKind::ALL.len(), expected.len());
    for (kind, (want, code, eligible)) in PostKind::ALL.into_iter().zip(expected) {
        assert_eq!(kind, want);
        assert_eq!(kind.code(), code);
        assert_eq!(kind.eligible(), eligible, "{code}");
        assert_eq!(PostKind::from_code(code), Some(kind));
        // The code is serde's name, which saved drafts use.
        assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{code}\""));
    }
    for code in ["", "Other", "save-the-date", "fundraisers", " other"] {
        assert_eq!(PostKind::from_code(code), None, "{code:?}");
    }
}

#[test]
fn outcomes_and_cue_kinds_serialise_as_codes() {
    let outcomes = [
        (Eligible, "eligible"),
        (NotEligible, "not_eligible"),
        (DecidedByPsf, "decided_by_psf"),
    ];
    for (outcome, code) in outcomes {
        assert_eq!(
            serde_json::to_string(&outcome).unwrap(),
            format!("\"{code}\"")
        );
    }
    let kinds = [
        (Price, "price"),
        (Tickets, "tickets"),
        (Donation, "donation"),
        (DiscountCode, "discount_code"),
        (Buy, "buy"),
        (Sale, "sale"),
    ];
    for (kind, code) in kinds {
        assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{code}\""));
    }
    let check = serde_json::to_value(check_post(SaveTheDate, "Tickets")).unwrap();
    assert_eq!(
        check,
        serde_json::json!({
            "kind": "save_the_date",
            "outcome": "decided_by_psf",
            "rule": "rs.text_cues",
            "cues": [{"kind": "tickets", "found": "Tickets"}],
            "contradicted": true,
        })
    );
}

#[test]
fn the_policy_figures_and_rule_table() {
    assert_eq!(rs::MAX_POSTS, 2);
    assert_eq!(rs::MAX_POSTS, thresholds::RESHARE_MAX_POSTS);
    assert_eq!(rs::RULES, ["rs.post_kind", "rs.text_cues"]);
    assert_eq!(rs::RULE_POST_KIND, "rs.post_kind");
    assert_eq!(rs::RULE_TEXT_CUES, "rs.text_cues");
}

#[test]
fn every_kind_without_text_is_decided_by_the_kind() {
    let expected = [
        (SaveTheDate, Eligible),
        (MissionStatement, Eligible),
        (CallForProposals, Eligible),
        (ScheduleRelease, Eligible),
        (TravelGrant, Eligible),
        (Fundraiser, NotEligible),
        (PaidRegistration, NotEligible),
        (Purchase, NotEligible),
        (Other, DecidedByPsf),
    ];
    for (kind, outcome) in expected {
        for text in ["", "   ", "Join us in São Paulo on 12 May 2027 🐍"] {
            let check = check_post(kind, text);
            assert_eq!(check.kind, kind);
            assert_eq!(check.outcome, outcome, "{kind:?} {text:?}");
            assert_eq!(check.rule, "rs.post_kind", "{kind:?} {text:?}");
            assert_eq!(check.cues, vec![], "{kind:?} {text:?}");
            assert!(!check.contradicted, "{kind:?} {text:?}");
        }
    }
}

#[test]
fn cues_in_text() {
    let none: &[(CueKind, &str)] = &[];
    let cases: &[(&str, &[(CueKind, &str)])] = &[
        // Words, whole and in any ASCII case.
        ("Buy now", &[(Buy, "Buy")]),
        ("BUY NOW", &[(Buy, "BUY")]),
        ("bUy", &[(Buy, "bUy")]),
        ("buyer", none),
        ("abuy", none),
        ("buy2", none),
        ("2buy", none),
        ("buy_now", &[(Buy, "buy")]),
        ("Get your ticket", &[(Tickets, "ticket")]),
        ("Tickets are out", &[(Tickets, "Tickets")]),
        ("ticketing", none),
        ("Please donate", &[(Donation, "donate")]),
        ("Donations welcome", &[(Donation, "Donations")]),
        ("a donation", &[(Donation, "donation")]),
        ("donating is easy", &[(Donation, "donating")]),
        ("our fundraiser", &[(Donation, "fundraiser")]),
        ("Fundraising night", &[(Donation, "Fundraising")]),
        ("donor", none),
        (
            "Use the discount code PY10",
            &[(DiscountCode, "discount code")],
        ),
        ("Promo Code: PYCON", &[(DiscountCode, "Promo Code")]),
        ("promo-code", &[(DiscountCode, "promo-code")]),
        ("coupon\n code", &[(DiscountCode, "coupon\n code")]),
        ("coupon code", &[(DiscountCode, "coupon code")]),
        ("a coupon for you", &[(DiscountCode, "coupon")]),
        ("discount", none),
        ("promo", none),
        ("code of conduct", none),
        ("purchase a shirt", &[(Buy, "purchase")]),
        ("Shirts for sale", &[(Sale, "sale")]),
        ("wholesale", none),
        // Prices: a sign then a figure.
        ("$25", &[(Price, "$25")]),
        ("$ 25", &[(Price, "$ 25")]),
        ("only $25.", &[(Price, "$25")]),
        ("€10", &[(Price, "€10")]),
        ("£5 each", &[(Price, "£5")]),
        ("R$50", &[(Price, "R$50")]),
        ("US$12.50", &[(Price, "US$12.50")]),
        ("$1,000,000 raised", &[(Price, "$1,000,000")]),
        ("₹499", &[(Price, "₹499")]),
        // A figure then a code or currency word.
        ("25 USD", &[(Price, "25 USD")]),
        ("10 EUR", &[(Price, "10 EUR")]),
        ("10 eur", &[(Price, "10 eur")]),
        ("15 dollars", &[(Price, "15 dollars")]),
        ("1 Dollar", &[(Price, "1 Dollar")]),
        ("25USD", &[(Price, "25USD")]),
        ("10 €", &[(Price, "10 €")]),
        ("10,50\u{a0}€", &[(Price, "10,50\u{a0}€")]),
        ("1 000 €", &[(Price, "1 000 €")]),
        ("USD 25", &[(Price, "USD 25")]),
        ("Rs. 500", &[(Price, "Rs. 500")]),
        ("10 $20", &[(Price, "$20")]),
        // Figures that are no price.
        ("2027", none),
        ("PyCon 2027", none),
        ("50%", none),
        ("50% of talks", none),
        ("Python 3.13", none),
        ("10:00", none),
        ("15 2027 USD", &[(Price, "2027 USD")]),
        ("25 USDC", none),
        ("$", none),
        ("$ ", none),
        ("US$", none),
        ("USD", none),
        ("1 try", none),
        ("Team 7 won", none),
        ("10 real projects", none),
        ("free", none),
        ("Free entry", none),
        ("It's FREE!", none),
        // Non-ASCII text around the cues.
        ("São Paulo tickets", &[(Tickets, "tickets")]),
        ("🎟️Tickets!", &[(Tickets, "Tickets")]),
        ("Tickets🎉", &[(Tickets, "Tickets")]),
        ("—buy—", &[(Buy, "buy")]),
        ("¡compra tickets ya!", &[(Tickets, "tickets")]),
        ("ébuy", none),
        ("buyé", none),
        ("e\u{301}buy", none),
        ("日本のtickets", &[(Tickets, "tickets")]),
        ("€", none),
        ("€€10€", &[(Price, "€10")]),
        ("São Paulo — R$ 50,00 🎉", &[(Price, "R$ 50,00")]),
        ("#tickets", &[(Tickets, "tickets")]),
        ("#BuyNow", none),
        // The same cue twice is listed once, its first spelling kept, in order.
        ("Tickets! tickets! TICKETS!", &[(Tickets, "Tickets")]),
        ("$25 and $25", &[(Price, "$25")]),
        ("$25 and $ 25", &[(Price, "$25"), (Price, "$ 25")]),
        (
            "Donate, then buy tickets for $25 with a promo code; donate!",
            &[
                (Donation, "Donate"),
                (Buy, "buy"),
                (Tickets, "tickets"),
                (Price, "$25"),
                (DiscountCode, "promo code"),
            ],
        ),
        ("tickets $25", &[(Tickets, "tickets"), (Price, "$25")]),
        ("$25 tickets", &[(Price, "$25"), (Tickets, "tickets")]),
    ];
    for (text, expected) in cases {
        let expected: Vec<(CueKind, String)> = expected
            .iter()
            .map(|&(kind, words)| (kind, words.to_string()))
            .collect();
        assert_eq!(found(text), expected, "{text:?}");
    }
}

#[test]
fn only_the_first_characters_are_read() {
    let max = thresholds::MAX_POST_TEXT_CHARS;
    // "é" is two bytes: a limit counted in bytes would cut far earlier.
    let fits = format!("{} buy", "é".repeat(max - 4));
    assert_eq!(fits.chars().count(), max);
    assert_eq!(found(&fits), [(Buy, "buy".to_string())]);
    // The cut falls right after "buy": what follows is not read.
    let longer = format!("{fits}ing and tickets");
    assert_eq!(found(&longer), [(Buy, "buy".to_string())]);
    let cut = format!("{} buy", "é".repeat(max - 3));
    assert_eq!(found(&cut), []);
    let after = format!("{} tickets", "a ".repeat(max));
    assert_eq!(found(&after), []);
    assert_eq!(check_post(SaveTheDate, &after).outcome, Eligible);
}

#[test]
fn an_eligible_kind_with_paid_registration_words_is_left_to_the_psf() {
    let check = check_post(SaveTheDate, "PyCon Jupiter, 12 May: tickets $25");
    assert_eq!(check.outcome, DecidedByPsf);
    assert_eq!(check.rule, "rs.text_cues");
    assert!(check.contradicted);
    assert_eq!(check.cues, vec![cue(Tickets, "tickets"), cue(Price, "$25")]);
}

#[test]
fn contradictions() {
    struct Case {
        kind: PostKind,
        text: &'static str,
        outcome: ReshareOutcome,
        rule: &'static str,
        contradicted: bool,
        cues: &'static [(CueKind, &'static str)],
    }
    let cases = [
        Case {
            kind: MissionStatement,
            text: "tickets $25",
            outcome: DecidedByPsf,
            rule: "rs.text_cues",
            contradicted: true,
            cues: &[(Tickets, "tickets"), (Price, "$25")],
        },
        Case {
            kind: CallForProposals,
            text: "Talks wanted! Use promo code CFP for 10% off",
            outcome: DecidedByPsf,
            rule: "rs.text_cues",
            contradicted: true,
            cues: &[(DiscountCode, "promo code")],
        },
        // An ineligible kind: cues agree with it, and are still listed.
        Case {
            kind: Fundraiser,
            text: "Please donate",
            outcome: NotEligible,
            rule: "rs.post_kind",
            contradicted: false,
            cues: &[(Donation, "donate")],
        },
        Case {
            kind: PaidRegistration,
            text: "Tickets €10",
            outcome: NotEligible,
            rule: "rs.post_kind",
            contradicted: false,
            cues: &[(Tickets, "Tickets"), (Price, "€10")],
        },
        Case {
            kind: Purchase,
            text: "Mission: Python for all",
            outcome: NotEligible,
            rule: "rs.post_kind",
            contradicted: false,
            cues: &[],
        },
        Case {
            kind: Other,
            text: "buy",
            outcome: DecidedByPsf,
            rule: "rs.text_cues",
            contradicted: true,
            cues: &[(Buy, "buy")],
        },
        // A travel grant states its amount and may cover a ticket…
        Case {
            kind: TravelGrant,
            text: "Travel grants of up to $500 cover your plane ticket",
            outcome: Eligible,
            rule: "rs.post_kind",
            contradicted: false,
            cues: &[(Price, "$500"), (Tickets, "ticket")],
        },
        // …but asking for donations to fund it is a fundraiser.
        Case {
            kind: TravelGrant,
            text: "Donate $20 to our travel grants",
            outcome: DecidedByPsf,
            rule: "rs.text_cues",
            contradicted: true,
            cues: &[(Donation, "Donate"), (Price, "$20")],
        },
        Case {
            kind: ScheduleRelease,
            text: "The schedule for PyCon 2027 is out: 50% more talks!",
            outcome: Eligible,
            rule: "rs.post_kind",
            contradicted: false,
            cues: &[],
        },
    ];
    for case in cases {
        let check = check_post(case.kind, case.text);
        let what = format!("{:?} {:?}", case.kind, case.text);
        assert_eq!(check.outcome, case.outcome, "{what}");
        assert_eq!(check.rule, case.rule, "{what}");
        assert_eq!(check.contradicted, case.contradicted, "{what}");
        let cues: Vec<Cue> = case.cues.iter().map(|&(k, f)| cue(k, f)).collect();
        assert_eq!(check.cues, cues, "{what}");
        assert!(rs::RULES.contains(&check.rule));
    }
}

#[test]
fn what_each_cue_contradicts() {
    let all = [Price, Tickets, Donation, DiscountCode, Buy, Sale];
    for kind in PostKind::ALL {
        for cue in all {
            let expected = match kind {
                Fundraiser | PaidRegistration | Purchase => false,
                TravelGrant => !matches!(cue, Price | Tickets),
                _ => true,
            };
            assert_eq!(cue.contradicts(kind), expected, "{cue:?} against {kind:?}");
        }
    }
}

/// Fragments that make up cues, near-misses and awkward neighbours.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("$".to_string()),
        Just("US".to_string()),
        Just("R".to_string()),
        Just("€".to_string()),
        Just("USD".to_string()),
        Just("Rs.".to_string()),
        Just("dollars".to_string()),
        Just("tickets".to_string()),
        Just("BUY".to_string()),
        Just("promo".to_string()),
        Just("code".to_string()),
        Just("donate".to_string()),
        Just(" ".to_string()),
        Just("\u{a0}".to_string()),
        Just("\n".to_string()),
        Just("-".to_string()),
        Just(".".to_string()),
        Just(",".to_string()),
        Just("é".to_string()),
        Just("\u{301}".to_string()),
        Just("🎉".to_string()),
        "[0-9]{1,4}",
        any::<char>().prop_map(String::from),
    ]
}

fn post_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(fragment(), 0..40).prop_map(|parts| parts.concat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn cues_are_found_in_the_text_and_stand_on_their_own(text in post_text()) {
        let found = cues(&text);
        for (i, c) in found.iter().enumerate() {
            prop_assert!(!c.found.is_empty());
            prop_assert!(text.contains(&c.found), "{:?} not in {:?}", c.found, text);
            // Listed once, whatever the ASCII case.
            for other in &found[..i] {
                prop_assert!(!other.found.eq_ignore_ascii_case(&c.found), "{:?}", found);
            }
            // A cue is a cue without its neighbours, and nothing more.
            prop_assert_eq!(cues(&c.found), vec![c.clone()]);
        }
    }

    #[test]
    fn the_verdict_follows_the_kind_and_the_cues(
        text in post_text(),
        kind in prop::sample::select(PostKind::ALL.to_vec()),
    ) {
        let check = check_post(kind, &text);
        prop_assert_eq!(&check.cues, &cues(&text));
        prop_assert_eq!(
            check.contradicted,
            check.cues.iter().any(|c| c.kind.contradicts(kind))
        );
        let expected = match (kind.eligible(), check.contradicted) {
            (Some(false), _) => (NotEligible, "rs.post_kind"),
            (_, true) => (DecidedByPsf, "rs.text_cues"),
            (Some(true), false) => (Eligible, "rs.post_kind"),
            (None, false) => (DecidedByPsf, "rs.post_kind"),
        };
        prop_assert_eq!((check.outcome, check.rule), expected);
    }
}
