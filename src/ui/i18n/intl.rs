//! The browser's CLDR data (`Intl`) for plurals, numbers and dates in the
//! locales other than English: the rules of every language are already in
//! the browser, so none of them is compiled into the wasm. Natively (the
//! rules' tests) English's rules stand in.

use super::Locale;

/// English's rule, which is also the pseudo-locale's.
fn english_category(n: i64) -> &'static str {
    if n == 1 {
        "one"
    } else {
        "other"
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use js_sys::{Array, Date, Intl, Number, Object, Reflect};
    use wasm_bindgen::JsValue;

    fn locales(tag: &str) -> Array {
        Array::of1(&JsValue::from_str(tag))
    }

    fn options(pairs: &[(&str, &str)]) -> Object {
        let o = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
        }
        o
    }

    pub fn plural_category(tag: &str, n: i64) -> Option<String> {
        let rules = Intl::PluralRules::new(&locales(tag), &Object::new());
        rules.select(n as f64).as_string()
    }

    pub fn number(tag: &str, n: i64) -> Option<String> {
        Number::from(n as f64).to_locale_string(tag).as_string()
    }

    pub fn percent(tag: &str, n: i64) -> Option<String> {
        let format = Intl::NumberFormat::new(&locales(tag), &options(&[("style", "percent")]));
        format
            .format()
            .call1(&JsValue::NULL, &JsValue::from_f64(n as f64 / 100.0))
            .ok()?
            .as_string()
    }

    pub fn long_date(tag: &str, year: i32, month: u32, day: u32) -> Option<String> {
        // Noon UTC, written in UTC: the same calendar day wherever the
        // browser is.
        let date = Date::new(&JsValue::from_f64(
            Date::utc(year as f64, month as f64 - 1.0)
                + (day as f64 - 1.0) * 86_400_000.0
                + 43_200_000.0,
        ));
        let opts = options(&[
            ("weekday", "long"),
            ("day", "numeric"),
            ("month", "long"),
            ("year", "numeric"),
            ("timeZone", "UTC"),
        ]);
        date.to_locale_date_string(tag, &opts).as_string()
    }
}

pub fn plural_category(locale: Locale, n: i64) -> &'static str {
    #[cfg(target_arch = "wasm32")]
    if !matches!(locale, Locale::En | Locale::Pseudo) {
        return match browser::plural_category(locale.tag(), n).as_deref() {
            Some("zero") => "zero",
            Some("one") => "one",
            Some("two") => "two",
            Some("few") => "few",
            Some("many") => "many",
            _ => "other",
        };
    }
    let _ = locale;
    english_category(n)
}

pub fn number(locale: Locale, n: i64) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return browser::number(locale.tag(), n);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (locale, n);
        None
    }
}

pub fn percent(locale: Locale, n: i64) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return browser::percent(locale.tag(), n);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (locale, n);
        None
    }
}

pub fn long_date(locale: Locale, year: i32, month: u32, day: u32) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return browser::long_date(locale.tag(), year, month, day);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (locale, year, month, day);
        None
    }
}
