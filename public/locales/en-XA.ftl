# psf-apply: the English words, generated from the source (tests/catalogues.rs).
# Do not edit: change the words where they are used in src/ui, then run
# PSF_BLESS=1 cargo test --test catalogues. Translators: copy this file to
# <locale>.ftl and translate each value; keep every id and every { $variable }.
# A [one]/[other] choice follows the plural rules of your language (CLDR):
# add [few] or [many] where your language has them.

ack-community-led-mentions = ĪĪ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗ ŧħȧȧŧ ŧȧȧŀķş, ẇǿǿřķşħǿǿƥ şḗḗşşīīǿǿƞş, ƀǿǿǿǿŧħş, ǿǿř ȧȧƞẏ ǿǿŧħḗḗř ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ ƒḗḗȧȧŧŭŭřḗḗş ȧȧřḗḗ ẇḗḗŀƈǿǿḿḗḗ ŧǿǿ ḿḗḗƞŧīīǿǿƞ, ƥřǿǿḿǿǿŧḗḗ, ǿǿř ḓīīşƈŭŭşş ŧħḗḗ ƤŞƑ ȧȧş ŀǿǿƞɠ ȧȧş ŧħḗḗẏ ȧȧřḗḗ ẇḗḗŀŀ-ḓḗḗƒīīƞḗḗḓ ȧȧş ƈǿǿḿḿŭŭƞīīŧẏ ŀḗḗḓ.
ack-no-endorsement = ĪĪ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗ ŧħȧȧŧ ŧħḗḗ ƤŞƑ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗřşħīīƥ ƀḗḗīīƞɠ ȧȧƥƥŀīīḗḗḓ ƒǿǿř ẇīīŧħ ŧħīīş ƒǿǿřḿ ḓǿǿḗḗş ƞǿǿŧ ḗḗẋƥŀīīƈīīŧŀẏ ḗḗƞḓǿǿřşḗḗ ȧȧƞẏ ƥȧȧřŧīīƈŭŭŀȧȧř ȧȧƈŧīīǿǿƞ, ƒḗḗȧȧŧŭŭřḗḗ, ǿǿř ƥȧȧřŧ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ.
ack-no-official-sessions = ĪĪ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗ ŧħȧȧŧ ŧħḗḗ ƤŞƑ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗřşħīīƥ ƀḗḗīīƞɠ ȧȧƥƥŀīīḗḗḓ ƒǿǿř ẇīīŧħ ŧħīīş ƒǿǿřḿ ḓǿǿḗḗş ƞǿǿŧ ƈǿǿƞşŧīīŧŭŭŧḗḗ ŧħḗḗ ȧȧŭŭŧħǿǿřīīŧẏ ƒǿǿř ḗḗṽḗḗƞŧş ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗş ŧǿǿ řŭŭƞ ŧȧȧŀķş, ẇǿǿřķşħǿǿƥ şḗḗşşīīǿǿƞş, ƀǿǿǿǿŧħş, ǿǿř ȧȧƞẏ ǿǿŧħḗḗř ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ ƒḗḗȧȧŧŭŭřḗḗş ŭŭƞḓḗḗř ŧħḗḗ ƥřḗḗŧḗḗƞşḗḗ ǿǿƒ ƀḗḗīīƞɠ ȧȧƞ ǿǿƒƒīīƈīīȧȧŀ ƥȧȧřŧ ǿǿƒ ŧħḗḗ ƤŞƑ.
ack-not-official = ĪĪ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗ ŧħȧȧŧ ŧħḗḗ ƤŞƑ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗřşħīīƥ ƀḗḗīīƞɠ ȧȧƥƥŀīīḗḗḓ ƒǿǿř ẇīīŧħ ŧħīīş ƒǿǿřḿ ḓǿǿḗḗş ƞǿǿŧ ḿȧȧķḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ ȧȧƞ ǿǿƒƒīīƈīīȧȧŀ ǿǿř ŀḗḗɠȧȧŀ ƥȧȧřŧ ǿǿƒ ŧħḗḗ ƤŞƑ, ȧȧƞḓ īīş ȧȧ ḿḗḗŧħǿǿḓ ŧǿǿ ħḗḗŀƥ şŭŭƥƥǿǿřŧ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ.
ack-reapply-on-change = ĪĪ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗ ŧħȧȧŧ īīƒ ŧħḗḗ ƤŞƑ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗřşħīīƥ ƀḗḗīīƞɠ ȧȧƥƥŀīīḗḗḓ ƒǿǿř ẇīīŧħ ŧħīīş ƒǿǿřḿ īīş ƒǿǿř ȧȧ ŀǿǿƞɠ-ŧḗḗřḿ īīƞīīŧīīȧȧŧīīṽḗḗ, ŧħȧȧŧ ĪĪ ẇīīŀŀ řḗḗ-ȧȧƥƥŀẏ īīƒ ŧħḗḗřḗḗ ȧȧřḗḗ ȧȧƞẏ şŭŭƀşŧȧȧƞŧīīȧȧŀ ƈħȧȧƞɠḗḗş ŧǿǿ ŧħḗḗ īīƞīīŧīīȧȧŧīīṽḗḗ'ş ɠǿǿȧȧŀş, ƥŭŭřƥǿǿşḗḗ, ḿīīşşīīǿǿƞ, ǿǿř ŀḗḗȧȧḓḗḗřşħīīƥ.
ack-revocable = ĪĪ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗ ŧħȧȧŧ ŧħḗḗ ƤŞƑ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗřşħīīƥ ƀḗḗīīƞɠ ȧȧƥƥŀīīḗḗḓ ƒǿǿř ẇīīŧħ ŧħīīş ƒǿǿřḿ ḿȧȧẏ ƀḗḗ řḗḗṽǿǿķḗḗḓ ƀẏ ŧħḗḗ ƤŞƑ ȧȧŧ ȧȧƞẏ ŧīīḿḗḗ ḓŭŭḗḗ ŧǿǿ ḿīīşřḗḗƥřḗḗşḗḗƞŧȧȧŧīīǿǿƞ, ḿīīşħȧȧƞḓŀīīƞɠ ǿǿƒ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ, ǿǿř ȧȧƞẏ ǿǿŧħḗḗř īīşşŭŭḗḗ ḓḗḗḗḗḿḗḗḓ ŭŭƞȧȧƈƈḗḗƥŧȧȧƀŀḗḗ ƀẏ ŧħḗḗ ƤŞƑ. ĪĪƞ ŧħīīş ƈȧȧşḗḗ, ĪĪ ȧȧɠřḗḗḗḗ ŧǿǿ ŧħḗḗ řḗḗḿǿǿṽȧȧŀ ǿǿƒ ŧħḗḗ ƤŞƑ ƞȧȧḿḗḗ, ŀǿǿɠǿǿ, ȧȧƞḓ ḿḗḗƞŧīīǿǿƞş ǿǿƒ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗřşħīīƥ īīƒ ȧȧ řḗḗɋŭŭḗḗşŧ ǿǿƒ řḗḗḿǿǿṽȧȧŀ īīş ḿȧȧḓḗḗ.
ack-single-event-one-year = ĪĪ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗ ŧħȧȧŧ ŧħḗḗ ƤŞƑ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗřşħīīƥ ƀḗḗīīƞɠ ȧȧƥƥŀīīḗḗḓ ƒǿǿř ẇīīŧħ ŧħīīş ƒǿǿřḿ īīş ǿǿƞŀẏ ȧȧƈŧīīṽḗḗ ƒǿǿř ŧħīīş īīƞḓīīṽīīḓŭŭȧȧŀ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ, ḓǿǿḗḗş ƞǿǿŧ ȧȧŭŭŧǿǿḿȧȧŧīīƈȧȧŀŀẏ ŧřȧȧƞşƒḗḗř ŧǿǿ ƒŭŭŧŭŭřḗḗ ḗḗḓīīŧīīǿǿƞş ǿǿř ṽȧȧřīīȧȧƞŧş ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ, ȧȧƞḓ ƈȧȧƞ ɠḗḗƞḗḗřȧȧŀŀẏ ƀḗḗ ƈǿǿƞşīīḓḗḗřḗḗḓ ṽȧȧŀīīḓ ƒǿǿř ǿǿƞḗḗ ẏḗḗȧȧř ȧȧƒŧḗḗř ŧħḗḗ ḓȧȧŧḗḗ ǿǿƒ ȧȧƥƥřǿǿṽȧȧŀ.
ack-trademark = ĪĪ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗ ŧħȧȧŧ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ řḗḗŀȧȧŧḗḗḓ ŧǿǿ ŧħīīş ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ īīş ȧȧƞḓ ẇīīŀŀ ƈǿǿƞŧīīƞŭŭḗḗ ŧǿǿ ƒǿǿŀŀǿǿẇ ŧħḗḗ ƤŞƑ Ŧřȧȧḓḗḗḿȧȧřķ ŬŬşȧȧɠḗḗ Ƥǿǿŀīīƈẏ, ẇħīīƈħ īīƞƈŀŭŭḓḗḗş ŧħḗḗ ŭŭşḗḗ ǿǿƒ "ƤẏƇǿǿƞ" ȧȧƞḓ "ƤẏĿȧȧḓīīḗḗş".

back-link-text = Ɓȧȧƈķ

check-answers-agreed-heading = Ẇħȧȧŧ ẏǿǿŭŭ ȧȧɠřḗḗḗḗḓ ŧǿǿ
check-answers-blocked-heading = Ẏǿǿŭŭ ƈȧȧƞ'ŧ şŭŭƀḿīīŧ ẏḗḗŧ
check-answers-blocked-status = ({ $status }):
check-answers-change = Ƈħȧȧƞɠḗḗ
check-answers-consider-after = .
check-answers-consider-before = ĪĪƒ ẏǿǿŭŭ ŧħīīƞķ ŧħḗḗ ƤŞƑ şħǿǿŭŭŀḓ şŧīīŀŀ ƈǿǿƞşīīḓḗḗř ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ, ḗḗḿȧȧīīŀ{ " " }
check-answers-criteria-intro = Ŧħḗḗşḗḗ ƈřīīŧḗḗřīīȧȧ ȧȧřḗḗ ƞǿǿŧ ḿḗḗŧ, ǿǿř ƞǿǿŧ ȧȧƞşẇḗḗřḗḗḓ ẏḗḗŧ:
check-answers-declaration = Ɓẏ şŭŭƀḿīīŧŧīīƞɠ ŧħīīş ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ẏǿǿŭŭ ƈǿǿƞƒīīřḿ ŧħȧȧŧ, ŧǿǿ ŧħḗḗ ƀḗḗşŧ ǿǿƒ ẏǿǿŭŭř ķƞǿǿẇŀḗḗḓɠḗḗ, ẏǿǿŭŭř ȧȧƞşẇḗḗřş ȧȧřḗḗ ƈǿǿřřḗḗƈŧ.
check-answers-eligibility-heading = ḖḖŀīīɠīīƀīīŀīīŧẏ
check-answers-line = { $line }: { $answers }
check-answers-percent = { $n }%
check-answers-problems-intro = Şǿǿḿḗḗ ȧȧƞşẇḗḗřş ȧȧřḗḗ ḿīīşşīīƞɠ ǿǿř ƞḗḗḗḗḓ ƈħȧȧƞɠīīƞɠ:
check-answers-record-criterion = { $criterion }: { $status }
check-answers-revealed = { $option }: { $text }
check-answers-send-heading = Ƞǿǿẇ şḗḗƞḓ ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ
check-answers-sending-button = Şḗḗƞḓīīƞɠ…
check-answers-sending-status = Şḗḗƞḓīīƞɠ ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ…
check-answers-submit-button = Şŭŭƀḿīīŧ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ

checkbox-translation-lead = Ŧřȧȧƞşŀȧȧŧīīǿǿƞ, ƒǿǿř ħḗḗŀƥ:

confirmation-agreed-heading = Ẇħȧȧŧ ẏǿǿŭŭ ȧȧɠřḗḗḗḗḓ ŧǿǿ
confirmation-apply-again-link = ȦȦƥƥŀẏ ƒǿǿř şǿǿḿḗḗŧħīīƞɠ ḗḗŀşḗḗ
confirmation-download-link = Ḓǿǿẇƞŀǿǿȧȧḓ ȧȧ ƈǿǿƥẏ ǿǿƒ ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ (ĴŞǾǾȠ)
confirmation-keep-heading = Ķḗḗḗḗƥ ȧȧ ƈǿǿƥẏ
confirmation-next-heading = Ẇħȧȧŧ ħȧȧƥƥḗḗƞş ƞḗḗẋŧ
confirmation-none-after = .
confirmation-none-before = Ƞǿǿ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ħȧȧş ƀḗḗḗḗƞ şŭŭƀḿīīŧŧḗḗḓ ƒřǿǿḿ ŧħīīş ƀřǿǿẇşḗḗř ŧȧȧƀ. ĪĪƒ ẏǿǿŭŭ şŭŭƀḿīīŧŧḗḗḓ ǿǿƞḗḗ ḗḗȧȧřŀīīḗḗř, ŀǿǿǿǿķ ƒǿǿř ŧħḗḗ ƤŞƑ'ş ḗḗḿȧȧīīŀ, ǿǿř ẇřīīŧḗḗ ŧǿǿ{ " " }
confirmation-none-heading = Ŧħḗḗřḗḗ īīş ƞǿǿ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ŧǿǿ şħǿǿẇ
confirmation-none-start-link = Ɠǿǿ ŧǿǿ ŧħḗḗ şŧȧȧřŧ
confirmation-questions-after = .
confirmation-questions-before = Ɋŭŭḗḗşŧīīǿǿƞş? ḖḖḿȧȧīīŀ{ " " }
confirmation-received = Ŧħḗḗ ƤŞƑ ħȧȧş řḗḗƈḗḗīīṽḗḗḓ ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ.
confirmation-record-eligibility = ḖḖŀīīɠīīƀīīŀīīŧẏ ẇħḗḗƞ ẏǿǿŭŭ şŭŭƀḿīīŧŧḗḗḓ
confirmation-record-title = Ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ
confirmation-reference-label = Ẏǿǿŭŭř řḗḗƒḗḗřḗḗƞƈḗḗ ƞŭŭḿƀḗḗř
confirmation-submitted = Ẏǿǿŭŭ şŭŭƀḿīīŧŧḗḗḓ ẏǿǿŭŭř { $program } ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ǿǿƞ { $date }.

continue-button-text = Ƈǿǿƞŧīīƞŭŭḗḗ
continue-from-file-error-lead = ḖḖřřǿǿř:{ " " }
continue-from-file-heading = Ƈǿǿƞŧīīƞŭŭḗḗ ƒřǿǿḿ ȧȧ şȧȧṽḗḗḓ ƒīīŀḗḗ
continue-from-file-hint = Ŧħḗḗ .ĵşǿǿƞ ƒīīŀḗḗ ẏǿǿŭŭ ḿȧȧḓḗḗ ẇīīŧħ “Şȧȧṽḗḗ ẏǿǿŭŭř ȧȧƞşẇḗḗřş ŧǿǿ ȧȧ ƒīīŀḗḗ”, ǿǿƞ ŧħīīş ǿǿř ȧȧƞǿǿŧħḗḗř ḓḗḗṽīīƈḗḗ.
continue-from-file-keep = Ķḗḗḗḗƥ ŧħḗḗ ȧȧƞşẇḗḗřş ĪĪ ħȧȧṽḗḗ
continue-from-file-kept = Ẏǿǿŭŭř ȧȧƞşẇḗḗřş ȧȧřḗḗ ŭŭƞƈħȧȧƞɠḗḗḓ.
continue-from-file-label = Ƈħǿǿǿǿşḗḗ ẏǿǿŭŭř şȧȧṽḗḗḓ ȧȧƞşẇḗḗřş ƒīīŀḗḗ
continue-from-file-replace = Řḗḗƥŀȧȧƈḗḗ ŧħḗḗḿ ẇīīŧħ ŧħḗḗ ƒīīŀḗḗ’ş ȧȧƞşẇḗḗřş
continue-from-file-replace-text = { $in_progress }. { $saved } Ŧħḗḗ ȧȧƞşẇḗḗřş īīƞ ŧħḗḗ ƒīīŀḗḗ ẇǿǿŭŭŀḓ řḗḗƥŀȧȧƈḗḗ ŧħḗḗḿ.
continue-from-file-replace-title = Řḗḗƥŀȧȧƈḗḗ ẏǿǿŭŭř { $program } ȧȧƞşẇḗḗřş?

cp-acknowledged-hint = Ẏǿǿŭŭ ƞḗḗḗḗḓ ŧǿǿ ȧȧɠřḗḗḗḗ ŧǿǿ ȧȧŀŀ ḗḗīīɠħŧ ŧǿǿ ƀḗḗƈǿǿḿḗḗ ȧȧ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗř.
cp-acknowledged-label = Řḗḗȧȧḓ ḗḗȧȧƈħ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗḿḗḗƞŧ ȧȧƞḓ ŧīīƈķ ŧħḗḗ ƀǿǿẋ ŧǿǿ ȧȧɠřḗḗḗḗ
cp-acknowledged-lead = Ɓẏ şŭŭƀḿīīŧŧīīƞɠ ŧħīīş ƒǿǿřḿ, ĪĪ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗ ŧħȧȧŧ:
cp-acknowledged-option-community_led_mentions = ḿḗḗƞŧīīǿǿƞş ǿǿƒ ŧħḗḗ ƤŞƑ ẇīīŀŀ ƀḗḗ ƈŀḗḗȧȧřŀẏ ƈǿǿḿḿŭŭƞīīŧẏ-ŀḗḗḓ
cp-acknowledged-option-no_endorsement = ŧħḗḗ ƥȧȧřŧƞḗḗřşħīīƥ ḓǿǿḗḗş ƞǿǿŧ ḗḗƞḓǿǿřşḗḗ ȧȧƞẏ ƥȧȧřŧ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ
cp-acknowledged-option-no_official_sessions = ƞǿǿ ŧȧȧŀķş, şḗḗşşīīǿǿƞş ǿǿř ƀǿǿǿǿŧħş ẇīīŀŀ ƀḗḗ ƥřḗḗşḗḗƞŧḗḗḓ ȧȧş ȧȧƞ ǿǿƒƒīīƈīīȧȧŀ ƥȧȧřŧ ǿǿƒ ŧħḗḗ ƤŞƑ
cp-acknowledged-option-not_official = ŧħḗḗ ƥȧȧřŧƞḗḗřşħīīƥ ḓǿǿḗḗş ƞǿǿŧ ḿȧȧķḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ ȧȧƞ ǿǿƒƒīīƈīīȧȧŀ ǿǿř ŀḗḗɠȧȧŀ ƥȧȧřŧ ǿǿƒ ŧħḗḗ ƤŞƑ
cp-acknowledged-option-reapply_on_change = ẏǿǿŭŭ ẇīīŀŀ řḗḗ-ȧȧƥƥŀẏ īīƒ ȧȧ ŀǿǿƞɠ-ŧḗḗřḿ īīƞīīŧīīȧȧŧīīṽḗḗ ƈħȧȧƞɠḗḗş şŭŭƀşŧȧȧƞŧīīȧȧŀŀẏ
cp-acknowledged-option-revocable = ŧħḗḗ ƤŞƑ ḿȧȧẏ řḗḗṽǿǿķḗḗ ŧħḗḗ ƥȧȧřŧƞḗḗřşħīīƥ ȧȧŧ ȧȧƞẏ ŧīīḿḗḗ
cp-acknowledged-option-single_event_one_year = ŧħḗḗ ƥȧȧřŧƞḗḗřşħīīƥ īīş ǿǿƞŀẏ ƒǿǿř ŧħīīş ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ ȧȧƞḓ ŀȧȧşŧş ȧȧƀǿǿŭŭŧ ǿǿƞḗḗ ẏḗḗȧȧř
cp-acknowledged-option-trademark = ŧħḗḗ ḗḗṽḗḗƞŧ ƒǿǿŀŀǿǿẇş ŧħḗḗ ƤŞƑ Ŧřȧȧḓḗḗḿȧȧřķ ŬŬşȧȧɠḗḗ Ƥǿǿŀīīƈẏ
cp-acknowledged-required = Ŧīīƈķ ḗḗṽḗḗřẏ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗḿḗḗƞŧ
cp-acknowledged-subject = ȦȦƈķƞǿǿẇŀḗḗḓɠḗḗḿḗḗƞŧş
cp-acknowledged-summary = ȦȦƈķƞǿǿẇŀḗḗḓɠḗḗḿḗḗƞŧş
cp-city-label = Ƈīīŧẏ
cp-city-required = ḖḖƞŧḗḗř ŧħḗḗ ƈīīŧẏ
cp-city-subject = Ƈīīŧẏ
cp-city-summary = Ƈīīŧẏ
cp-coc_has_reporting-hint = Ƒǿǿř ḗḗẋȧȧḿƥŀḗḗ, ȧȧƞ ḗḗḿȧȧīīŀ ȧȧḓḓřḗḗşş ǿǿř ƒǿǿřḿ ƒǿǿř řḗḗƥǿǿřŧş, ȧȧƞḓ ẇħǿǿ řḗḗȧȧḓş ŧħḗḗḿ.
cp-coc_has_reporting-label = Ḓǿǿḗḗş ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ şȧȧẏ ħǿǿẇ ŧǿǿ řḗḗƥǿǿřŧ ȧȧ ƥřǿǿƀŀḗḗḿ ȧȧƞḓ ẇħǿǿ řḗḗşƥǿǿƞḓş?
cp-coc_has_reporting-required = Şḗḗŀḗḗƈŧ ẏḗḗş īīƒ ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ şȧȧẏş ħǿǿẇ ŧǿǿ řḗḗƥǿǿřŧ ȧȧ ƥřǿǿƀŀḗḗḿ ȧȧƞḓ ẇħǿǿ řḗḗşƥǿǿƞḓş
cp-coc_has_reporting-subject = Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ řḗḗƥǿǿřŧīīƞɠ
cp-coc_has_reporting-summary = Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ ḗḗẋƥŀȧȧīīƞş řḗḗƥǿǿřŧīīƞɠ
cp-code_of_conduct_url-hint = Ƒǿǿř ḗḗẋȧȧḿƥŀḗḗ, ħŧŧƥş://ƥẏƈǿǿƞ.ḗḗẋȧȧḿƥŀḗḗ.ǿǿřɠ/ƈǿǿḓḗḗ-ǿǿƒ-ƈǿǿƞḓŭŭƈŧ
cp-code_of_conduct_url-label = Ŀīīƞķ ŧǿǿ ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ
cp-code_of_conduct_url-required = ḖḖƞŧḗḗř ŧħḗḗ ŀīīƞķ ŧǿǿ ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ
cp-code_of_conduct_url-subject = Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ ŀīīƞķ
cp-code_of_conduct_url-summary = Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ
cp-country-label = Ƈǿǿŭŭƞŧřẏ
cp-country-required = ḖḖƞŧḗḗř ŧħḗḗ ƈǿǿŭŭƞŧřẏ
cp-country-subject = Ƈǿǿŭŭƞŧřẏ
cp-country-summary = Ƈǿǿŭŭƞŧřẏ
cp-description-label = Şħǿǿřŧ ḓḗḗşƈřīīƥŧīīǿǿƞ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
cp-description-required = ḖḖƞŧḗḗř ȧȧ şħǿǿřŧ ḓḗḗşƈřīīƥŧīīǿǿƞ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
cp-description-subject = Ḓḗḗşƈřīīƥŧīīǿǿƞ
cp-description-summary = Ḓḗḗşƈřīīƥŧīīǿǿƞ
cp-email-hint = Ẇḗḗ'ŀŀ ǿǿƞŀẏ ŭŭşḗḗ ŧħīīş ŧǿǿ ƈǿǿƞŧȧȧƈŧ ẏǿǿŭŭ ȧȧƀǿǿŭŭŧ ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ.
cp-email-label = ḖḖḿȧȧīīŀ ȧȧḓḓřḗḗşş
cp-email-required = ḖḖƞŧḗḗř ẏǿǿŭŭř ḗḗḿȧȧīīŀ ȧȧḓḓřḗḗşş
cp-email-subject = ḖḖḿȧȧīīŀ ȧȧḓḓřḗḗşş
cp-email-summary = ḖḖḿȧȧīīŀ ȧȧḓḓřḗḗşş
cp-event_date-hint = Ƒǿǿř ḗḗẋȧȧḿƥŀḗḗ, { $date }. Ƒǿǿř ȧȧ ŀǿǿƞɠ-řŭŭƞƞīīƞɠ īīƞīīŧīīȧȧŧīīṽḗḗ, ɠīīṽḗḗ īīŧş şŧȧȧřŧ ḓȧȧŧḗḗ.
cp-event_date-label = Ẇħḗḗƞ īīş ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ?
cp-event_date-required = ḖḖƞŧḗḗř ŧħḗḗ ḓȧȧŧḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
cp-event_date-subject = ḖḖṽḗḗƞŧ ḓȧȧŧḗḗ
cp-event_date-summary = Ḓȧȧŧḗḗ
cp-event_type-label = Ẇħȧȧŧ ŧẏƥḗḗ ǿǿƒ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ īīş īīŧ?
cp-event_type-option-meetup = Ḿḗḗḗḗŧŭŭƥ
cp-event_type-option-online_initiative = ǾǾƞŀīīƞḗḗ īīƞīīŧīīȧȧŧīīṽḗḗ
cp-event_type-option-other = ǾǾŧħḗḗř
cp-event_type-option-other_conference = Ƈǿǿƞƒḗḗřḗḗƞƈḗḗ – ǿǿŧħḗḗř
cp-event_type-option-pycon_conference = Ƈǿǿƞƒḗḗřḗḗƞƈḗḗ – ƤẏƇǿǿƞ
cp-event_type-option-pyladies_chapter = ƤẏĿȧȧḓīīḗḗş ƈħȧȧƥŧḗḗř
cp-event_type-option-sprint_or_hackathon = Şƥřīīƞŧ ǿǿř ħȧȧƈķȧȧŧħǿǿƞ
cp-event_type-option-user_group = Ƥẏŧħǿǿƞ ŭŭşḗḗř ɠřǿǿŭŭƥ
cp-event_type-option-workshop = Ẇǿǿřķşħǿǿƥ
cp-event_type-required = Şḗḗŀḗḗƈŧ ŧħḗḗ ŧẏƥḗḗ ǿǿƒ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
cp-event_type-subject = Ŧẏƥḗḗ ǿǿƒ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
cp-event_type-summary = Ŧẏƥḗḗ
cp-event_type_other-label = Ŧẏƥḗḗ ǿǿƒ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
cp-event_type_other-required = ḖḖƞŧḗḗř ŧħḗḗ ŧẏƥḗḗ ǿǿƒ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
cp-event_type_other-subject = Ŧẏƥḗḗ ǿǿƒ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
cp-event_type_other-summary = Ŧẏƥḗḗ (ǿǿŧħḗḗř)
cp-expected_attendees-label = ḖḖẋƥḗḗƈŧḗḗḓ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŧŧḗḗƞḓḗḗḗḗş ǿǿř ƥȧȧřŧīīƈīīƥȧȧƞŧş
cp-expected_attendees-required = ḖḖƞŧḗḗř ŧħḗḗ ḗḗẋƥḗḗƈŧḗḗḓ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŧŧḗḗƞḓḗḗḗḗş ǿǿř ƥȧȧřŧīīƈīīƥȧȧƞŧş
cp-expected_attendees-subject = ḖḖẋƥḗḗƈŧḗḗḓ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŧŧḗḗƞḓḗḗḗḗş
cp-expected_attendees-summary = ḖḖẋƥḗḗƈŧḗḗḓ ȧȧŧŧḗḗƞḓḗḗḗḗş
cp-fact-1-detail = Ŧħḗḗ ƤŞƑ'ş ƞȧȧḿḗḗ ȧȧŧŧȧȧƈħḗḗḓ ŧǿǿ ẏǿǿŭŭř ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ, ŧǿǿ ħḗḗŀƥ īīŧ ɠȧȧīīƞ ƈřḗḗḓīīƀīīŀīīŧẏ ȧȧƞḓ ȧȧŧŧřȧȧƈŧ şƥǿǿƞşǿǿřş, ȧȧƞḓ řḗḗ-şħȧȧřīīƞɠ ǿǿƒ ŭŭƥ ŧǿǿ ŧẇǿǿ ǿǿƒ ẏǿǿŭŭř şǿǿƈīīȧȧŀ ḿḗḗḓīīȧȧ ƥǿǿşŧş. ĪĪŧ īīş ȧȧ ƥȧȧřŧƞḗḗřşħīīƥ ẇīīŧħǿǿŭŭŧ ḿǿǿƞḗḗẏ.
cp-fact-1-term = Ẇħȧȧŧ ẏǿǿŭŭ ɠḗḗŧ
cp-fact-2-detail = Řḗḗɠīīǿǿƞȧȧŀ ƤẏƇǿǿƞş, ẇǿǿřķşħǿǿƥş, Ḿḗḗḗḗŧŭŭƥş, ǿǿřɠȧȧƞīīẑȧȧŧīīǿǿƞş ȧȧƞḓ ǿǿŧħḗḗř īīƞīīŧīīȧȧŧīīṽḗḗş ŧħȧȧŧ ȧȧřḗḗ ḿǿǿşŧŀẏ ȧȧƀǿǿŭŭŧ Ƥẏŧħǿǿƞ, ẇīīŧħ ȧȧƞ ḗḗşŧȧȧƀŀīīşħḗḗḓ ẇḗḗƀ ƥȧȧɠḗḗ ȧȧƞḓ ȧȧ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ ŧħȧȧŧ şȧȧẏş ħǿǿẇ ŧǿǿ řḗḗƥǿǿřŧ ƥřǿǿƀŀḗḗḿş.
cp-fact-2-term = Ẇħǿǿ ɋŭŭȧȧŀīīƒīīḗḗş
cp-fact-3-detail =
    ȦȦŧ ŀḗḗȧȧşŧ { $min ->
        [one] { $min } ẇḗḗḗḗķ
       *[other] { $min } ẇḗḗḗḗķş
    } ƀḗḗƒǿǿřḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ ({ $advised ->
        [one] { $advised } ẇḗḗḗḗķ
       *[other] { $advised } ẇḗḗḗḗķş
    } īīƒ īīŧ'ş ẏǿǿŭŭř ƒīīřşŧ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ), ȧȧƞḓ ƞǿǿ ḿǿǿřḗḗ ŧħȧȧƞ { $months ->
        [one] { $months } ḿǿǿƞŧħ
       *[other] { $months } ḿǿǿƞŧħş
    } ƀḗḗƒǿǿřḗḗ.
cp-fact-3-term = Ẇħḗḗƞ ŧǿǿ ȧȧƥƥŀẏ
cp-fact-4-detail = Ɓẏ ḗḗḿȧȧīīŀ, ȧȧƒŧḗḗř řḗḗṽīīḗḗẇ ƀẏ ƤŞƑ şŧȧȧƒƒ ȧȧƞḓ ŧħḗḗ ƤŞƑ Ɠřȧȧƞŧş Ẇǿǿřķ Ɠřǿǿŭŭƥ.
cp-fact-4-term = Ḓḗḗƈīīşīīǿǿƞ
cp-first_application-hint =
    Ƒīīřşŧ-ŧīīḿḗḗ ȧȧƥƥŀīīƈȧȧƞŧş ȧȧřḗḗ ḗḗƞƈǿǿŭŭřȧȧɠḗḗḓ ŧǿǿ ȧȧƥƥŀẏ { $weeks ->
        [one] { $weeks } ẇḗḗḗḗķ
       *[other] { $weeks } ẇḗḗḗḗķş
    } ƀḗḗƒǿǿřḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ.
cp-first_application-label = ĪĪş ŧħīīş ẏǿǿŭŭř ƒīīřşŧ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ?
cp-first_application-required = Şḗḗŀḗḗƈŧ ẏḗḗş īīƒ ŧħīīş īīş ẏǿǿŭŭř ƒīīřşŧ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ
cp-first_application-subject = Ƒīīřşŧ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ
cp-first_application-summary = Ƒīīřşŧ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ
cp-first_name-label = Ƒīīřşŧ ƞȧȧḿḗḗ
cp-first_name-required = ḖḖƞŧḗḗř ẏǿǿŭŭř ƒīīřşŧ ƞȧȧḿḗḗ
cp-first_name-subject = Ƒīīřşŧ ƞȧȧḿḗḗ
cp-first_name-summary = Ƒīīřşŧ ƞȧȧḿḗḗ
cp-last_name-label = Ŀȧȧşŧ ƞȧȧḿḗḗ
cp-last_name-required = ḖḖƞŧḗḗř ẏǿǿŭŭř ŀȧȧşŧ ƞȧȧḿḗḗ
cp-last_name-subject = Ŀȧȧşŧ ƞȧȧḿḗḗ
cp-last_name-summary = Ŀȧȧşŧ ƞȧȧḿḗḗ
cp-name = Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗř
cp-next-can-cfp = Ƈȧȧŀŀ ƒǿǿř Ƥřǿǿƥǿǿşȧȧŀş ȧȧƞƞǿǿŭŭƞƈḗḗḿḗḗƞŧş
cp-next-can-grants = Ŧřȧȧṽḗḗŀ ɠřȧȧƞŧ ǿǿř şƈħǿǿŀȧȧřşħīīƥ ȧȧƞƞǿǿŭŭƞƈḗḗḿḗḗƞŧş
cp-next-can-heading = Ƥǿǿşŧş ŧħȧȧŧ ƈȧȧƞ ƀḗḗ řḗḗ-şħȧȧřḗḗḓ
cp-next-can-mission = Ḿīīşşīīǿǿƞ şŧȧȧŧḗḗḿḗḗƞŧş
cp-next-can-save-the-date = Şȧȧṽḗḗ ŧħḗḗ ḓȧȧŧḗḗ
cp-next-can-schedule = Şƈħḗḗḓŭŭŀḗḗ řḗḗŀḗḗȧȧşḗḗş
cp-next-cannot-fundraisers = Ƒŭŭƞḓřȧȧīīşḗḗřş ǿǿř ḓǿǿƞȧȧŧīīǿǿƞ řḗḗɋŭŭḗḗşŧş
cp-next-cannot-heading = Ƥǿǿşŧş ŧħȧȧŧ ƈȧȧƞ'ŧ ƀḗḗ řḗḗ-şħȧȧřḗḗḓ
cp-next-cannot-registration = Ƥȧȧīīḓ řḗḗɠīīşŧřȧȧŧīīǿǿƞ ƥřǿǿḿǿǿŧīīǿǿƞş
cp-next-cannot-revenue = Ƥŭŭřƈħȧȧşḗḗş ǿǿř řḗḗṽḗḗƞŭŭḗḗ-řḗḗŀȧȧŧḗḗḓ ƈǿǿƞŧḗḗƞŧ
cp-next-conduct = Ƥǿǿşŧş ḿŭŭşŧ ƀḗḗ ƥřǿǿƒḗḗşşīīǿǿƞȧȧŀ ȧȧƞḓ īīƞƈŀŭŭşīīṽḗḗ. Ƈǿǿƞŧḗḗƞŧ ŧħȧȧŧ īīş ḓīīşƈřīīḿīīƞȧȧŧǿǿřẏ, şḗḗẋŭŭȧȧŀīīẑḗḗḓ ǿǿř ǿǿŧħḗḗřẇīīşḗḗ īīƞȧȧƥƥřǿǿƥřīīȧȧŧḗḗ ẇīīŀŀ ƞǿǿŧ ƀḗḗ şħȧȧřḗḗḓ.
cp-next-decision-after = . ĪĪƒ ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ īīş ȧȧƈƈḗḗƥŧḗḗḓ, ẏǿǿŭŭ'ŀŀ ɠḗḗŧ īīƞƒǿǿřḿȧȧŧīīǿǿƞ ǿǿƞ ŭŭşīīƞɠ ŧħḗḗ ƤŞƑ'ş ŀǿǿɠǿǿ, şǿǿƈīīȧȧŀ ḿḗḗḓīīȧȧ řḗḗ-şħȧȧřīīƞɠ ȧȧƞḓ ǿǿƥŧīīǿǿƞȧȧŀ řḗḗƥǿǿřŧīīƞɠ ȧȧƒŧḗḗř ŧħḗḗ ḗḗṽḗḗƞŧ.
cp-next-decision-before = Ŧħḗḗ ḓḗḗƈīīşīīǿǿƞ īīş şḗḗƞŧ ƀẏ ḗḗḿȧȧīīŀ ŧǿǿ{ " " }
cp-next-reshare = ȦȦş ȧȧ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗř, ŧħḗḗ ƤŞƑ ḿȧȧẏ řḗḗ-şħȧȧřḗḗ ŭŭƥ ŧǿǿ ŧẇǿǿ ǿǿƒ ẏǿǿŭŭř ƥǿǿşŧş ǿǿƞ īīŧş şǿǿƈīīȧȧŀ ḿḗḗḓīīȧȧ ȧȧƈƈǿǿŭŭƞŧş (ĿīīƞķḗḗḓĪĪƞ, Ɓŀŭŭḗḗşķẏ, Ḿȧȧşŧǿǿḓǿǿƞ ȧȧƞḓ Ẋ), ḓḗḗƥḗḗƞḓīīƞɠ ǿǿƞ īīŧş ƈȧȧƥȧȧƈīīŧẏ ȧȧƞḓ ƈȧȧŀḗḗƞḓȧȧř.
cp-next-reshare-heading = Şǿǿƈīīȧȧŀ ḿḗḗḓīīȧȧ ƥǿǿşŧş ŧħḗḗ ƤŞƑ ḿȧȧẏ řḗḗ-şħȧȧřḗḗ
cp-next-review = ƤŞƑ şŧȧȧƒƒ ẇīīŀŀ ƥřḗḗ-řḗḗṽīīḗḗẇ ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ȧȧƞḓ ḿȧȧẏ ḗḗḿȧȧīīŀ ẏǿǿŭŭ ẇīīŧħ ɋŭŭḗḗşŧīīǿǿƞş. Ŧħḗḗ ƤŞƑ Ɠřȧȧƞŧş Ẇǿǿřķ Ɠřǿǿŭŭƥ ŧħḗḗƞ řḗḗṽīīḗḗẇş īīŧ; īīƞ şǿǿḿḗḗ ƈȧȧşḗḗş ŧħḗḗ ƤŞƑ Ɓǿǿȧȧřḓ īīş ƈǿǿƞşŭŭŀŧḗḗḓ.
cp-note-meetup_pro-after = .
cp-note-meetup_pro-before = ĪĪş īīŧ ȧȧ ɠřǿǿŭŭƥ ǿǿƞ Ḿḗḗḗḗŧŭŭƥ.ƈǿǿḿ? Ŧħḗḗ ƤŞƑ ḿȧȧẏ ȧȧŀşǿǿ ƥȧȧẏ īīŧş Ḿḗḗḗḗŧŭŭƥ ƒḗḗḗḗş ŧħřǿǿŭŭɠħ ŧħḗḗ{ " " }
cp-note-meetup_pro-link = Ḿḗḗḗḗŧŭŭƥ Ƥřǿǿ Ƞḗḗŧẇǿǿřķ
cp-preview-heading = Ƈħḗḗƈķ īīƒ ẏǿǿŭŭř ḗḗṽḗḗƞŧ ƈȧȧƞ ƀḗḗƈǿǿḿḗḗ ȧȧ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗř
cp-preview-link-hidden = { " " }ƒǿǿř Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗř
cp-preview-note = Ŧħḗḗ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ȧȧŀşǿǿ ȧȧşķş ẏǿǿŭŭ ŧǿǿ ḓḗḗşƈřīīƀḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ (ŧħḗḗ ƤŞƑ ĵŭŭḓɠḗḗş īīŧş īīḿƥȧȧƈŧ ǿǿƞ ŧħḗḗ Ƥẏŧħǿǿƞ ƈǿǿḿḿŭŭƞīīŧẏ) ȧȧƞḓ ŧǿǿ ȧȧɠřḗḗḗḗ ŧǿǿ ḗḗīīɠħŧ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗḿḗḗƞŧş.
cp-python_percent-hint = ḖḖƞŧḗḗř ȧȧ ẇħǿǿŀḗḗ ƞŭŭḿƀḗḗř ƒřǿǿḿ 0 ŧǿǿ 100.
cp-python_percent-label = ȦȦƥƥřǿǿẋīīḿȧȧŧḗḗŀẏ ẇħȧȧŧ ƥḗḗřƈḗḗƞŧȧȧɠḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ īīş Ƥẏŧħǿǿƞ-řḗḗŀȧȧŧḗḗḓ?
cp-python_percent-required = ḖḖƞŧḗḗř ŧħḗḗ ƥḗḗřƈḗḗƞŧȧȧɠḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ŧħȧȧŧ īīş Ƥẏŧħǿǿƞ-řḗḗŀȧȧŧḗḗḓ
cp-python_percent-subject = Ƥḗḗřƈḗḗƞŧȧȧɠḗḗ
cp-python_percent-summary = Ƥẏŧħǿǿƞ-řḗḗŀȧȧŧḗḗḓ
cp-section-about = ȦȦƀǿǿŭŭŧ īīŧ
cp-section-web_and_coc = Ẇḗḗƀ ƥȧȧɠḗḗş ȧȧƞḓ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ
cp-section-when = Ẇħḗḗƞ īīŧ īīş
cp-section-where = Ẇħḗḗřḗḗ ȧȧƞḓ ħǿǿẇ ḿȧȧƞẏ
cp-start-button = Şŧȧȧřŧ ȧȧ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ
cp-step-acknowledgements-heading = ȦȦƈķƞǿǿẇŀḗḗḓɠḗḗḿḗḗƞŧş
cp-step-acknowledgements-label = ȦȦƈķƞǿǿẇŀḗḗḓɠḗḗḿḗḗƞŧş
cp-step-applicant-heading = Ẏǿǿŭŭř ḓḗḗŧȧȧīīŀş
cp-step-applicant-label = Ẏǿǿŭŭř ḓḗḗŧȧȧīīŀş
cp-step-event-heading = ḖḖṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ ḓḗḗŧȧȧīīŀş
cp-step-event-label = ḖḖṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
cp-title-hint = Ƒǿǿř ḗḗẋȧȧḿƥŀḗḗ, ƤẏƇǿǿƞ Ĵŭŭƥīīŧḗḗř.
cp-title-label = Ŧīīŧŀḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
cp-title-required = ḖḖƞŧḗḗř ŧħḗḗ ŧīīŧŀḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
cp-title-subject = Ŧīīŧŀḗḗ
cp-title-summary = Ŧīīŧŀḗḗ
cp-website-hint = ĪĪŧş ǿǿẇƞ ẇḗḗƀşīīŧḗḗ, ǿǿř īīŧş Ḿḗḗḗḗŧŭŭƥ ǿǿř Ŀŭŭḿȧȧ ƥȧȧɠḗḗ. Ƒǿǿř ḗḗẋȧȧḿƥŀḗḗ, ħŧŧƥş://ƥẏƈǿǿƞ.ḗḗẋȧȧḿƥŀḗḗ.ǿǿřɠ
cp-website-label = Ẇḗḗƀşīīŧḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
cp-website-required = ḖḖƞŧḗḗř ŧħḗḗ ẇḗḗƀşīīŧḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
cp-website-subject = Ẇḗḗƀşīīŧḗḗ ȧȧḓḓřḗḗşş
cp-website-summary = Ẇḗḗƀşīīŧḗḗ

date-field-day = Ḓȧȧẏ
date-field-month = Ḿǿǿƞŧħ
date-field-year = Ẏḗḗȧȧř

description-hint = Ẇħȧȧŧ īīŧ īīş, ẇħǿǿ īīŧ'ş ƒǿǿř ȧȧƞḓ ħǿǿẇ īīŧ ħḗḗŀƥş ŧħḗḗ Ƥẏŧħǿǿƞ ƈǿǿḿḿŭŭƞīīŧẏ. ŬŬƥ ŧǿǿ { $max } ƈħȧȧřȧȧƈŧḗḗřş.

draft-notice-continue = Ƈǿǿƞŧīīƞŭŭḗḗ ẇħḗḗřḗḗ ẏǿǿŭŭ ŀḗḗƒŧ ǿǿƒƒ
draft-notice-continue-hidden = ẇīīŧħ ẏǿǿŭŭř { $program } ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ
draft-notice-start-again = Şŧȧȧřŧ ȧȧɠȧȧīīƞ
draft-notice-start-again-hidden = (ḓḗḗŀḗḗŧḗḗş ẏǿǿŭŭř şȧȧṽḗḗḓ { $program } ȧȧƞşẇḗḗřş)

eligibility-panel-criteria = Ŧħḗḗ ƈřīīŧḗḗřīīȧȧ ({ $count })
eligibility-panel-heading = Ẏǿǿŭŭř ḗḗŀīīɠīīƀīīŀīīŧẏ
eligibility-panel-met = ({ $met } ǿǿƒ { $total } ḿḗḗŧ)
eligibility-panel-rule-lead = Ŧħḗḗ řŭŭŀḗḗ:{ " " }

error-message-lead = ḖḖřřǿǿř:{ " " }
error-summary-title = Ŧħḗḗřḗḗ īīş ȧȧ ƥřǿǿƀŀḗḗḿ

format-date-at-time = { $date } ȧȧŧ { $time }

gr-amount_requested-hint = ĪĪƞ ẇħǿǿŀḗḗ ŬŬŞ ḓǿǿŀŀȧȧřş, ƒǿǿř ḗḗẋȧȧḿƥŀḗḗ 12,500. Řḗḗɋŭŭḗḗşŧş ǿǿṽḗḗř { $amount } ȧȧŀşǿǿ ɠǿǿ ŧǿǿ ŧħḗḗ ƤŞƑ Ɓǿǿȧȧřḓ.
gr-amount_requested-label = Ħǿǿẇ ḿŭŭƈħ ȧȧřḗḗ ẏǿǿŭŭ ȧȧşķīīƞɠ ŧħḗḗ ƤŞƑ ƒǿǿř?
gr-amount_requested-required = ḖḖƞŧḗḗř ŧħḗḗ ȧȧḿǿǿŭŭƞŧ ẏǿǿŭŭ ȧȧřḗḗ ȧȧşķīīƞɠ ŧħḗḗ ƤŞƑ ƒǿǿř
gr-amount_requested-subject = ȦȦḿǿǿŭŭƞŧ řḗḗɋŭŭḗḗşŧḗḗḓ
gr-amount_requested-summary = ȦȦḿǿǿŭŭƞŧ řḗḗɋŭŭḗḗşŧḗḗḓ
gr-attendance-label = Ẇħḗḗřḗḗ ḓǿǿḗḗş īīŧ ħȧȧƥƥḗḗƞ?
gr-attendance-option-in_person = ĪĪƞ ƥḗḗřşǿǿƞ (ǿǿř ħẏƀřīīḓ)
gr-attendance-option-online = ǾǾƞŀīīƞḗḗ ǿǿƞŀẏ
gr-attendance-required = Şḗḗŀḗḗƈŧ ẇħḗḗŧħḗḗř ŧħḗḗ ḗḗṽḗḗƞŧ īīş īīƞ ƥḗḗřşǿǿƞ ǿǿř ǿǿƞŀīīƞḗḗ
gr-attendance-subject = Ẇħḗḗřḗḗ īīŧ ħȧȧƥƥḗḗƞş
gr-attendance-summary = Ẇħḗḗřḗḗ
gr-budget-amount-hint = ĪĪƞ ẇħǿǿŀḗḗ ŬŬŞ ḓǿǿŀŀȧȧřş, ƒǿǿř ḗḗẋȧȧḿƥŀḗḗ 4,000.
gr-budget-amount-label = ȦȦḿǿǿŭŭƞŧ
gr-budget-amount-required = ḖḖƞŧḗḗř ŧħḗḗ ȧȧḿǿǿŭŭƞŧ īīƞ ẇħǿǿŀḗḗ ŬŬŞ ḓǿǿŀŀȧȧřş
gr-budget-amount-subject = ȦȦḿǿǿŭŭƞŧ
gr-budget-amount-summary = ȦȦḿǿǿŭŭƞŧ
gr-budget-category-label = Ƈȧȧŧḗḗɠǿǿřẏ
gr-budget-category-option-accessibility = ȦȦƈƈḗḗşşīīƀīīŀīīŧẏ (ƈȧȧƥŧīīǿǿƞīīƞɠ, ƈħīīŀḓƈȧȧřḗḗ, şīīɠƞ ŀȧȧƞɠŭŭȧȧɠḗḗ)
gr-budget-category-option-audio_video = ȦȦŭŭḓīīǿǿ, ṽīīḓḗḗǿǿ ȧȧƞḓ şŧřḗḗȧȧḿīīƞɠ
gr-budget-category-option-food_and_drink = Ƒǿǿǿǿḓ ȧȧƞḓ ḓřīīƞķ
gr-budget-category-option-other = ǾǾŧħḗḗř
gr-budget-category-option-speaker_travel = Şƥḗḗȧȧķḗḗř ŧřȧȧṽḗḗŀ
gr-budget-category-option-swag = Şẇȧȧɠ (ƞǿǿŧ ƒŭŭƞḓḗḗḓ)
gr-budget-category-option-travel_grants = Ŧřȧȧṽḗḗŀ ɠřȧȧƞŧş ǿǿř şƈħǿǿŀȧȧřşħīīƥş
gr-budget-category-option-venue = Ṽḗḗƞŭŭḗḗ
gr-budget-category-required = Şḗḗŀḗḗƈŧ ŧħḗḗ ƈȧȧŧḗḗɠǿǿřẏ ǿǿƒ ŧħīīş ŀīīƞḗḗ
gr-budget-category-subject = Ƈȧȧŧḗḗɠǿǿřẏ
gr-budget-category-summary = Ƈȧȧŧḗḗɠǿǿřẏ
gr-budget-description-label = Ẇħȧȧŧ īīŧ ƥȧȧẏş ƒǿǿř
gr-budget-description-required = ḖḖƞŧḗḗř ẇħȧȧŧ ŧħīīş ŀīīƞḗḗ ƥȧȧẏş ƒǿǿř
gr-budget-description-subject = Ẇħȧȧŧ īīŧ ƥȧȧẏş ƒǿǿř
gr-budget-description-summary = Ẇħȧȧŧ īīŧ ƥȧȧẏş ƒǿǿř
gr-budget-essential-label = ḖḖşşḗḗƞŧīīȧȧŀ: ŧħḗḗ ḗḗṽḗḗƞŧ ƈȧȧƞ'ŧ ḓǿǿ ẇīīŧħǿǿŭŭŧ īīŧ
gr-budget-essential-subject = ḖḖşşḗḗƞŧīīȧȧŀ: ŧħḗḗ ḗḗṽḗḗƞŧ ƈȧȧƞ'ŧ ḓǿǿ ẇīīŧħǿǿŭŭŧ īīŧ
gr-budget-essential-summary = ḖḖşşḗḗƞŧīīȧȧŀ
gr-budget-hint = ǾǾƞḗḗ ŀīīƞḗḗ ƥḗḗř ƈǿǿşŧ ŧħḗḗ ɠřȧȧƞŧ ẇǿǿŭŭŀḓ ƥȧȧẏ ƒǿǿř, ȧȧḓḓīīƞɠ ŭŭƥ ŧǿǿ ŧħḗḗ ȧȧḿǿǿŭŭƞŧ řḗḗɋŭŭḗḗşŧḗḗḓ. Ŧħḗḗ ƤŞƑ ḿȧȧẏ ȧȧƥƥřǿǿṽḗḗ ŀḗḗşş ŧħȧȧƞ ẏǿǿŭŭ ȧȧşķ ƒǿǿř, şǿǿ ḿȧȧřķ ẇħȧȧŧ ŧħḗḗ ḗḗṽḗḗƞŧ ƈȧȧƞ'ŧ ḓǿǿ ẇīīŧħǿǿŭŭŧ. Ɠřȧȧƞŧş ƞḗḗṽḗḗř ƈǿǿṽḗḗř şẇȧȧɠ.
gr-budget-item = Ɓŭŭḓɠḗḗŧ ŀīīƞḗḗ
gr-budget-items = Ɓŭŭḓɠḗḗŧ ŀīīƞḗḗş
gr-budget-label = Ẇħȧȧŧ ẇǿǿŭŭŀḓ ŧħḗḗ ɠřȧȧƞŧ ƥȧȧẏ ƒǿǿř?
gr-budget-quote_url-hint = ȦȦ ƥȧȧɠḗḗ ǿǿř ḓǿǿƈŭŭḿḗḗƞŧ ŧħḗḗ řḗḗṽīīḗḗẇḗḗřş ƈȧȧƞ ǿǿƥḗḗƞ.
gr-budget-quote_url-label = Ŀīīƞķ ŧǿǿ ȧȧ ɋŭŭǿǿŧḗḗ ǿǿř īīƞṽǿǿīīƈḗḗ
gr-budget-quote_url-subject = Ɋŭŭǿǿŧḗḗ ǿǿř īīƞṽǿǿīīƈḗḗ ŀīīƞķ
gr-budget-quote_url-summary = Ɋŭŭǿǿŧḗḗ ǿǿř īīƞṽǿǿīīƈḗḗ
gr-budget-required = ȦȦḓḓ ȧȧŧ ŀḗḗȧȧşŧ ǿǿƞḗḗ ƀŭŭḓɠḗḗŧ ŀīīƞḗḗ
gr-budget-subject = Ɓŭŭḓɠḗḗŧ
gr-budget-summary = Ɓŭŭḓɠḗḗŧ
gr-city-label = Ƈīīŧẏ
gr-city-required = ḖḖƞŧḗḗř ŧħḗḗ ƈīīŧẏ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ
gr-city-subject = Ƈīīŧẏ
gr-city-summary = Ƈīīŧẏ
gr-coc_has_reporting-label = Ḓǿǿḗḗş ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ şȧȧẏ ħǿǿẇ ŧǿǿ řḗḗƥǿǿřŧ ȧȧ ƥřǿǿƀŀḗḗḿ ȧȧƞḓ ẇħǿǿ řḗḗşƥǿǿƞḓş?
gr-coc_has_reporting-required = Şḗḗŀḗḗƈŧ ẏḗḗş īīƒ ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ şȧȧẏş ħǿǿẇ ŧǿǿ řḗḗƥǿǿřŧ ȧȧ ƥřǿǿƀŀḗḗḿ ȧȧƞḓ ẇħǿǿ řḗḗşƥǿǿƞḓş
gr-coc_has_reporting-subject = Řḗḗƥǿǿřŧīīƞɠ īīƞ ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ
gr-coc_has_reporting-summary = Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ şȧȧẏş ħǿǿẇ ŧǿǿ řḗḗƥǿǿřŧ
gr-code_of_conduct_url-label = Ŀīīƞķ ŧǿǿ ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ
gr-code_of_conduct_url-required = ḖḖƞŧḗḗř ŧħḗḗ ŀīīƞķ ŧǿǿ ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ
gr-code_of_conduct_url-subject = Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ ŀīīƞķ
gr-code_of_conduct_url-summary = Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ
gr-country-label = Ƈǿǿŭŭƞŧřẏ
gr-country-required = ḖḖƞŧḗḗř ŧħḗḗ ƈǿǿŭŭƞŧřẏ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ
gr-country-subject = Ƈǿǿŭŭƞŧřẏ
gr-country-summary = Ƈǿǿŭŭƞŧřẏ
gr-description-label = Şħǿǿřŧ ḓḗḗşƈřīīƥŧīīǿǿƞ
gr-description-required = ḖḖƞŧḗḗř ȧȧ şħǿǿřŧ ḓḗḗşƈřīīƥŧīīǿǿƞ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
gr-description-subject = Ḓḗḗşƈřīīƥŧīīǿǿƞ
gr-description-summary = Ḓḗḗşƈřīīƥŧīīǿǿƞ
gr-email-hint = Ŧħḗḗ ƤŞƑ şḗḗƞḓş īīŧş ḓḗḗƈīīşīīǿǿƞ ȧȧƞḓ ȧȧƞẏ ɋŭŭḗḗşŧīīǿǿƞş ŧǿǿ ŧħīīş ȧȧḓḓřḗḗşş.
gr-email-label = ḖḖḿȧȧīīŀ ȧȧḓḓřḗḗşş
gr-email-required = ḖḖƞŧḗḗř ẏǿǿŭŭř ḗḗḿȧȧīīŀ ȧȧḓḓřḗḗşş
gr-email-subject = ḖḖḿȧȧīīŀ ȧȧḓḓřḗḗşş
gr-email-summary = ḖḖḿȧȧīīŀ ȧȧḓḓřḗḗşş
gr-end_date-hint = Ŀḗḗȧȧṽḗḗ īīŧ ḗḗḿƥŧẏ ƒǿǿř ȧȧ ǿǿƞḗḗ-ḓȧȧẏ ḗḗṽḗḗƞŧ.
gr-end_date-label = Ẇħḗḗƞ ḓǿǿḗḗş īīŧ ḗḗƞḓ?
gr-end_date-subject = ḖḖƞḓ ḓȧȧŧḗḗ
gr-end_date-summary = ḖḖƞḓ ḓȧȧŧḗḗ
gr-event_type-label = Ẇħȧȧŧ ķīīƞḓ ǿǿƒ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ īīş īīŧ?
gr-event_type-option-conference = Ƈǿǿƞƒḗḗřḗḗƞƈḗḗ
gr-event_type-option-initiative = ĪĪƞīīŧīīȧȧŧīīṽḗḗ ǿǿř ƥřǿǿĵḗḗƈŧ
gr-event_type-option-meetup_series = Ḿḗḗḗḗŧŭŭƥ şḗḗřīīḗḗş
gr-event_type-option-sprint = Şƥřīīƞŧ
gr-event_type-option-workshop = Ẇǿǿřķşħǿǿƥ
gr-event_type-required = Şḗḗŀḗḗƈŧ ŧħḗḗ ŧẏƥḗḗ ǿǿƒ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
gr-event_type-subject = Ŧẏƥḗḗ ǿǿƒ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
gr-event_type-summary = Ŧẏƥḗḗ
gr-expected_attendees-hint = Ẏǿǿŭŭř ƀḗḗşŧ ḗḗşŧīīḿȧȧŧḗḗ, ȧȧş ȧȧ ẇħǿǿŀḗḗ ƞŭŭḿƀḗḗř.
gr-expected_attendees-label = Ħǿǿẇ ḿȧȧƞẏ ƥḗḗǿǿƥŀḗḗ ḓǿǿ ẏǿǿŭŭ ḗḗẋƥḗḗƈŧ?
gr-expected_attendees-required = ḖḖƞŧḗḗř ŧħḗḗ ḗḗẋƥḗḗƈŧḗḗḓ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŧŧḗḗƞḓḗḗḗḗş
gr-expected_attendees-subject = ḖḖẋƥḗḗƈŧḗḗḓ ƞŭŭḿƀḗḗř ǿǿƒ ȧȧŧŧḗḗƞḓḗḗḗḗş
gr-expected_attendees-summary = ḖḖẋƥḗḗƈŧḗḗḓ ȧȧŧŧḗḗƞḓḗḗḗḗş
gr-fact-1-detail = Ḿǿǿƞḗḗẏ ŧǿǿẇȧȧřḓş ȧȧ Ƥẏŧħǿǿƞ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ: ȧȧ ƈǿǿƞƒḗḗřḗḗƞƈḗḗ, ẇǿǿřķşħǿǿƥ, şƥřīīƞŧ, ḿḗḗḗḗŧŭŭƥ şḗḗřīīḗḗş ǿǿř ƥřǿǿĵḗḗƈŧ. Ŧħḗḗ ƤŞƑ şŭŭƥƥŀḗḗḿḗḗƞŧş ǿǿŧħḗḗř ƒŭŭƞḓīīƞɠ; īīŧ ḓǿǿḗḗş ƞǿǿŧ ƥȧȧẏ ƒǿǿř ȧȧ ẇħǿǿŀḗḗ ḗḗṽḗḗƞŧ, ȧȧƞḓ ƞḗḗṽḗḗř ƒǿǿř şẇȧȧɠ.
gr-fact-1-term = Ẇħȧȧŧ ẏǿǿŭŭ ɠḗḗŧ
gr-fact-2-detail = ḖḖṽḗḗƞŧş ȧȧƞḓ īīƞīīŧīīȧȧŧīīṽḗḗş ŧħȧȧŧ ȧȧřḗḗ ḿǿǿşŧŀẏ ȧȧƀǿǿŭŭŧ Ƥẏŧħǿǿƞ, ẇīīŧħ ȧȧ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ ŧħȧȧŧ şȧȧẏş ħǿǿẇ ŧǿǿ řḗḗƥǿǿřŧ ƥřǿǿƀŀḗḗḿş, ȧȧƞḓ ȧȧ ƀŭŭḓɠḗḗŧ ẇħḗḗřḗḗ ḗḗṽḗḗřẏ ƈǿǿşŧ īīş īīŧş ǿǿẇƞ ŀīīƞḗḗ.
gr-fact-2-term = Ẇħǿǿ ɋŭŭȧȧŀīīƒīīḗḗş
gr-fact-3-detail =
    ȦȦŧ ŀḗḗȧȧşŧ { $weeks ->
        [one] { $weeks } ẇḗḗḗḗķ
       *[other] { $weeks } ẇḗḗḗḗķş
    } ƀḗḗƒǿǿřḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ; { $months ->
        [one] { $months } ḿǿǿƞŧħ
       *[other] { $months } ḿǿǿƞŧħş
    } ǿǿř ḿǿǿřḗḗ īīş ȧȧḓṽīīşḗḗḓ, ḗḗşƥḗḗƈīīȧȧŀŀẏ ƒǿǿř řḗḗɋŭŭḗḗşŧş ǿǿṽḗḗř { $amount }.
gr-fact-3-term = Ẇħḗḗƞ ŧǿǿ ȧȧƥƥŀẏ
gr-fact-4-detail = Ɓẏ ḗḗḿȧȧīīŀ, ȧȧƒŧḗḗř ƤŞƑ şŧȧȧƒƒ ȧȧƞḓ ŧħḗḗ Ɠřȧȧƞŧş Ẇǿǿřķ Ɠřǿǿŭŭƥ (ȧȧŧ ŀḗḗȧȧşŧ ȧȧ ḿǿǿƞŧħ); ǿǿṽḗḗř { $amount }, ŧħḗḗ ƤŞƑ Ɓǿǿȧȧřḓ ḓḗḗƈīīḓḗḗş ŧǿǿǿǿ.
gr-fact-4-term = Ḓḗḗƈīīşīīǿǿƞ
gr-first_grant-label = ĪĪş ŧħīīş ŧħḗḗ ɠřǿǿŭŭƥ'ş ƒīīřşŧ ƤŞƑ ɠřȧȧƞŧ řḗḗɋŭŭḗḗşŧ?
gr-first_grant-required = Şḗḗŀḗḗƈŧ ẏḗḗş īīƒ ŧħīīş īīş ŧħḗḗ ɠřǿǿŭŭƥ'ş ƒīīřşŧ ƤŞƑ ɠřȧȧƞŧ řḗḗɋŭŭḗḗşŧ
gr-first_grant-subject = Ƒīīřşŧ ɠřȧȧƞŧ řḗḗɋŭŭḗḗşŧ
gr-first_grant-summary = Ƒīīřşŧ ƤŞƑ ɠřȧȧƞŧ řḗḗɋŭŭḗḗşŧ
gr-first_name-label = Ƒīīřşŧ ƞȧȧḿḗḗ
gr-first_name-required = ḖḖƞŧḗḗř ẏǿǿŭŭř ƒīīřşŧ ƞȧȧḿḗḗ
gr-first_name-subject = Ƒīīřşŧ ƞȧȧḿḗḗ
gr-first_name-summary = Ƒīīřşŧ ƞȧȧḿḗḗ
gr-group_name-hint = Ƒǿǿř ḗḗẋȧȧḿƥŀḗḗ, ŧħḗḗ ƤẏƇǿǿƞ ǿǿř ŭŭşḗḗř ɠřǿǿŭŭƥ ŧħȧȧŧ řŭŭƞş ŧħḗḗ ḗḗṽḗḗƞŧ.
gr-group_name-label = Ƞȧȧḿḗḗ ǿǿƒ ŧħḗḗ ǿǿřɠȧȧƞīīẑīīƞɠ ɠřǿǿŭŭƥ
gr-group_name-required = ḖḖƞŧḗḗř ŧħḗḗ ƞȧȧḿḗḗ ǿǿƒ ŧħḗḗ ǿǿřɠȧȧƞīīẑīīƞɠ ɠřǿǿŭŭƥ
gr-group_name-subject = Ɠřǿǿŭŭƥ ƞȧȧḿḗḗ
gr-group_name-summary = ǾǾřɠȧȧƞīīẑīīƞɠ ɠřǿǿŭŭƥ
gr-last_name-label = Ŀȧȧşŧ ƞȧȧḿḗḗ
gr-last_name-required = ḖḖƞŧḗḗř ẏǿǿŭŭř ŀȧȧşŧ ƞȧȧḿḗḗ
gr-last_name-subject = Ŀȧȧşŧ ƞȧȧḿḗḗ
gr-last_name-summary = Ŀȧȧşŧ ƞȧȧḿḗḗ
gr-name = ƤŞƑ Ɠřȧȧƞŧş
gr-next-board-after = , ŧħḗḗ Ɠřȧȧƞŧş Ẇǿǿřķ Ɠřǿǿŭŭƥ şḗḗƞḓş īīŧ ẇīīŧħ īīŧş řḗḗƈǿǿḿḿḗḗƞḓȧȧŧīīǿǿƞ ŧǿǿ ŧħḗḗ ƤŞƑ Ɓǿǿȧȧřḓ, ẇħīīƈħ ḿḗḗḗḗŧş ḗḗṽḗḗřẏ ǿǿŧħḗḗř ḿǿǿƞŧħ.
gr-next-board-before = ĪĪƒ ẏǿǿŭŭ ȧȧşķḗḗḓ ƒǿǿř ḿǿǿřḗḗ ŧħȧȧƞ{ " " }
gr-next-decision-after = . ȦȦ ɠřȧȧƞŧ ḿȧȧẏ ƀḗḗ ȧȧƥƥřǿǿṽḗḗḓ ƒǿǿř ŀḗḗşş ŧħȧȧƞ ẏǿǿŭŭ ȧȧşķḗḗḓ ƒǿǿř.
gr-next-decision-before = Ŧħḗḗ ḓḗḗƈīīşīīǿǿƞ īīş şḗḗƞŧ ƀẏ ḗḗḿȧȧīīŀ ŧǿǿ{ " " }
gr-next-pre-review = ƤŞƑ şŧȧȧƒƒ ƥřḗḗ-řḗḗṽīīḗḗẇ ẏǿǿŭŭř řḗḗɋŭŭḗḗşŧ ȧȧƞḓ ḿȧȧẏ ḗḗḿȧȧīīŀ ẏǿǿŭŭ ẇīīŧħ ɋŭŭḗḗşŧīīǿǿƞş.
gr-next-work-group = Ŧħḗḗƞ ŧħḗḗ ƤŞƑ Ɠřȧȧƞŧş Ẇǿǿřķ Ɠřǿǿŭŭƥ řḗḗṽīīḗḗẇş īīŧ: ȧȧ ḓǿǿẑḗḗƞ ǿǿř ḿǿǿřḗḗ ƥḗḗǿǿƥŀḗḗ ḗḗẋƥḗḗřīīḗḗƞƈḗḗḓ īīƞ ǿǿřɠȧȧƞīīẑīīƞɠ ḗḗṽḗḗƞŧş řḗḗȧȧḓ ḗḗṽḗḗřẏ ƀŭŭḓɠḗḗŧ ŀīīƞḗḗ. ȦȦŀŀǿǿẇ ȧȧŧ ŀḗḗȧȧşŧ ȧȧ ḿǿǿƞŧħ.
gr-other_sources-amount-hint = ĪĪƞ ẇħǿǿŀḗḗ ŬŬŞ ḓǿǿŀŀȧȧřş, ƒǿǿř ḗḗẋȧȧḿƥŀḗḗ 5,000.
gr-other_sources-amount-label = ȦȦḿǿǿŭŭƞŧ
gr-other_sources-amount-required = ḖḖƞŧḗḗř ŧħḗḗ ȧȧḿǿǿŭŭƞŧ īīƞ ẇħǿǿŀḗḗ ŬŬŞ ḓǿǿŀŀȧȧřş
gr-other_sources-amount-subject = ȦȦḿǿǿŭŭƞŧ
gr-other_sources-amount-summary = ȦȦḿǿǿŭŭƞŧ
gr-other_sources-hint = Şƥǿǿƞşǿǿřş, ŧīīƈķḗḗŧ şȧȧŀḗḗş, ǿǿŧħḗḗř ɠřȧȧƞŧş: ŧħḗḗ ƤŞƑ şŭŭƥƥŀḗḗḿḗḗƞŧş ǿǿŧħḗḗř ƒŭŭƞḓīīƞɠ. Ŀḗḗȧȧṽḗḗ īīŧ ḗḗḿƥŧẏ īīƒ ŧħḗḗřḗḗ ȧȧřḗḗ ƞǿǿƞḗḗ.
gr-other_sources-item = Şǿǿŭŭřƈḗḗ
gr-other_sources-items = Şǿǿŭŭřƈḗḗş
gr-other_sources-label = Ẇħǿǿ ḗḗŀşḗḗ īīş ƥȧȧẏīīƞɠ ƒǿǿř ŧħḗḗ ḗḗṽḗḗƞŧ?
gr-other_sources-name-label = Şƥǿǿƞşǿǿř ǿǿř şǿǿŭŭřƈḗḗ
gr-other_sources-name-required = ḖḖƞŧḗḗř ŧħḗḗ ƞȧȧḿḗḗ ǿǿƒ ŧħḗḗ şƥǿǿƞşǿǿř ǿǿř şǿǿŭŭřƈḗḗ
gr-other_sources-name-subject = Şƥǿǿƞşǿǿř ǿǿř şǿǿŭŭřƈḗḗ
gr-other_sources-name-summary = Şƥǿǿƞşǿǿř ǿǿř şǿǿŭŭřƈḗḗ
gr-other_sources-subject = ǾǾŧħḗḗř şǿǿŭŭřƈḗḗş
gr-other_sources-summary = ǾǾŧħḗḗř şǿǿŭŭřƈḗḗş
gr-preview-heading = Ƈħḗḗƈķ īīƒ ẏǿǿŭŭř ḗḗṽḗḗƞŧ ƈȧȧƞ ɠḗḗŧ ȧȧ ƤŞƑ ɠřȧȧƞŧ
gr-preview-link-hidden = { " " }ƒǿǿř ȧȧ ƤŞƑ ɠřȧȧƞŧ
gr-preview-note = Ŧħḗḗ řḗḗɋŭŭḗḗşŧ ȧȧŀşǿǿ ȧȧşķş ƒǿǿř ȧȧƞ īīŧḗḗḿīīşḗḗḓ ƀŭŭḓɠḗḗŧ: ǿǿƞḗḗ ŀīīƞḗḗ ƥḗḗř ƈǿǿşŧ, ẇīīŧħ ŧħḗḗ ḗḗşşḗḗƞŧīīȧȧŀ ǿǿƞḗḗş ḿȧȧřķḗḗḓ, ȧȧƞḓ ƞǿǿ şẇȧȧɠ.
gr-python_percent-hint = ḖḖƞŧḗḗř ȧȧ ẇħǿǿŀḗḗ ƞŭŭḿƀḗḗř ƒřǿǿḿ 0 ŧǿǿ 100.
gr-python_percent-label = ȦȦƥƥřǿǿẋīīḿȧȧŧḗḗŀẏ ẇħȧȧŧ ƥḗḗřƈḗḗƞŧȧȧɠḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ īīş ȧȧƀǿǿŭŭŧ Ƥẏŧħǿǿƞ?
gr-python_percent-required = ḖḖƞŧḗḗř ŧħḗḗ ƥḗḗřƈḗḗƞŧȧȧɠḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ŧħȧȧŧ īīş ȧȧƀǿǿŭŭŧ Ƥẏŧħǿǿƞ
gr-python_percent-subject = Ƥḗḗřƈḗḗƞŧȧȧɠḗḗ
gr-python_percent-summary = Ƥẏŧħǿǿƞ-řḗḗŀȧȧŧḗḗḓ
gr-section-about = ȦȦƀǿǿŭŭŧ īīŧ
gr-section-budget = ĪĪŧḗḗḿīīşḗḗḓ ƀŭŭḓɠḗḗŧ
gr-section-other_sources = ǾǾŧħḗḗř şƥǿǿƞşǿǿřş ȧȧƞḓ şǿǿŭŭřƈḗḗş
gr-section-request = Ẏǿǿŭŭř řḗḗɋŭŭḗḗşŧ
gr-section-web_and_coc = Ẇḗḗƀşīīŧḗḗ ȧȧƞḓ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ
gr-section-when_where = Ẇħḗḗƞ ȧȧƞḓ ẇħḗḗřḗḗ
gr-start-button = Şŧȧȧřŧ ȧȧ ɠřȧȧƞŧ řḗḗɋŭŭḗḗşŧ
gr-start_date-hint = Ƒǿǿř ḗḗẋȧȧḿƥŀḗḗ, { $date }. Ƒǿǿř ȧȧƞ īīƞīīŧīīȧȧŧīīṽḗḗ, ŧħḗḗ ḓȧȧẏ īīŧ şŧȧȧřŧş.
gr-start_date-label = Ẇħḗḗƞ ḓǿǿḗḗş īīŧ şŧȧȧřŧ?
gr-start_date-required = ḖḖƞŧḗḗř ŧħḗḗ şŧȧȧřŧ ḓȧȧŧḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
gr-start_date-subject = Şŧȧȧřŧ ḓȧȧŧḗḗ
gr-start_date-summary = Şŧȧȧřŧ ḓȧȧŧḗḗ
gr-step-applicant-heading = Ẏǿǿŭŭř ḓḗḗŧȧȧīīŀş
gr-step-applicant-label = Ẏǿǿŭŭř ḓḗḗŧȧȧīīŀş
gr-step-event-heading = Ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
gr-step-event-label = ḖḖṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
gr-step-money-heading = Ŧħḗḗ ḿǿǿƞḗḗẏ
gr-step-money-label = Ḿǿǿƞḗḗẏ
gr-title-label = Ŧīīŧŀḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
gr-title-required = ḖḖƞŧḗḗř ŧħḗḗ ŧīīŧŀḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
gr-title-subject = Ŧīīŧŀḗḗ
gr-title-summary = Ŧīīŧŀḗḗ
gr-total_budget-hint = ḖḖṽḗḗřẏŧħīīƞɠ ŧħḗḗ ḗḗṽḗḗƞŧ ƈǿǿşŧş, ƒřǿǿḿ ḗḗṽḗḗřẏ şǿǿŭŭřƈḗḗ, īīƞ ẇħǿǿŀḗḗ ŬŬŞ ḓǿǿŀŀȧȧřş.
gr-total_budget-label = Ẇħȧȧŧ īīş ŧħḗḗ ḗḗṽḗḗƞŧ'ş ŧǿǿŧȧȧŀ ƀŭŭḓɠḗḗŧ?
gr-total_budget-required = ḖḖƞŧḗḗř ŧħḗḗ ḗḗṽḗḗƞŧ'ş ŧǿǿŧȧȧŀ ƀŭŭḓɠḗḗŧ
gr-total_budget-subject = Ŧǿǿŧȧȧŀ ƀŭŭḓɠḗḗŧ
gr-total_budget-summary = Ŧǿǿŧȧȧŀ ƀŭŭḓɠḗḗŧ
gr-website-label = Ẇḗḗƀşīīŧḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
gr-website-required = ḖḖƞŧḗḗř ŧħḗḗ ẇḗḗƀşīīŧḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ
gr-website-subject = Ẇḗḗƀşīīŧḗḗ
gr-website-summary = Ẇḗḗƀşīīŧḗḗ

language-switcher-label = Ŀȧȧƞɠŭŭȧȧɠḗḗ

load-failed-body = Ƈħḗḗƈķ ẏǿǿŭŭř īīƞŧḗḗřƞḗḗŧ ƈǿǿƞƞḗḗƈŧīīǿǿƞ, ŧħḗḗƞ ŧřẏ ȧȧɠȧȧīīƞ. Ẏǿǿŭŭř ȧȧƞşẇḗḗřş ȧȧřḗḗ şŧīīŀŀ ħḗḗřḗḗ.
load-failed-heading = Ŧħīīş ƥȧȧɠḗḗ ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ŀǿǿȧȧḓḗḗḓ
load-failed-retry = Ŧřẏ ȧȧɠȧȧīīƞ
load-loading = Ŀǿǿȧȧḓīīƞɠ…

mp-city-label = Ƈīīŧẏ
mp-city-required = ḖḖƞŧḗḗř ŧħḗḗ ƈīīŧẏ ẇħḗḗřḗḗ ŧħḗḗ ɠřǿǿŭŭƥ ḿḗḗḗḗŧş
mp-city-subject = Ƈīīŧẏ
mp-city-summary = Ƈīīŧẏ
mp-coc_in_about-hint = ǾǾƥḗḗƞ ẏǿǿŭŭř ɠřǿǿŭŭƥ'ş Ḿḗḗḗḗŧŭŭƥ ƥȧȧɠḗḗ ȧȧƞḓ ŀǿǿǿǿķ ȧȧŧ īīŧş ȦȦƀǿǿŭŭŧ şḗḗƈŧīīǿǿƞ.
mp-coc_in_about-label = ĪĪş ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ īīƞƈŀŭŭḓḗḗḓ ǿǿř ŀīīƞķḗḗḓ īīƞ ŧħḗḗ ȦȦƀǿǿŭŭŧ şḗḗƈŧīīǿǿƞ ǿǿƒ ẏǿǿŭŭř Ḿḗḗḗḗŧŭŭƥ ƥȧȧɠḗḗ?
mp-coc_in_about-required = Şḗḗŀḗḗƈŧ ẏḗḗş īīƒ ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ īīş īīƞ ŧħḗḗ ȦȦƀǿǿŭŭŧ şḗḗƈŧīīǿǿƞ ǿǿƒ ẏǿǿŭŭř Ḿḗḗḗḗŧŭŭƥ ƥȧȧɠḗḗ
mp-coc_in_about-subject = Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ īīƞ ŧħḗḗ ȦȦƀǿǿŭŭŧ şḗḗƈŧīīǿǿƞ
mp-coc_in_about-summary = Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ īīƞ ŧħḗḗ ȦȦƀǿǿŭŭŧ şḗḗƈŧīīǿǿƞ
mp-code_of_conduct_url-label = Ŀīīƞķ ŧǿǿ ŧħḗḗ ɠřǿǿŭŭƥ'ş Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ
mp-code_of_conduct_url-required = ḖḖƞŧḗḗř ŧħḗḗ ŀīīƞķ ŧǿǿ ŧħḗḗ ɠřǿǿŭŭƥ'ş Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ
mp-code_of_conduct_url-subject = Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ ŀīīƞķ
mp-code_of_conduct_url-summary = Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ
mp-country-label = Ƈǿǿŭŭƞŧřẏ
mp-country-required = ḖḖƞŧḗḗř ŧħḗḗ ƈǿǿŭŭƞŧřẏ ẇħḗḗřḗḗ ŧħḗḗ ɠřǿǿŭŭƥ ḿḗḗḗḗŧş
mp-country-subject = Ƈǿǿŭŭƞŧřẏ
mp-country-summary = Ƈǿǿŭŭƞŧřẏ
mp-email-hint = Ŧħḗḗ ƤŞƑ şḗḗƞḓş īīŧş ḓḗḗƈīīşīīǿǿƞ ƀẏ ḗḗḿȧȧīīŀ. ŬŬşḗḗ ŧħḗḗ ȧȧḓḓřḗḗşş ǿǿƒ ẏǿǿŭŭř ƥşƒḿḗḗḿƀḗḗř.ǿǿřɠ ȧȧƈƈǿǿŭŭƞŧ īīƒ ẏǿǿŭŭ ħȧȧṽḗḗ ǿǿƞḗḗ.
mp-email-label = ḖḖḿȧȧīīŀ ȧȧḓḓřḗḗşş
mp-email-required = ḖḖƞŧḗḗř ẏǿǿŭŭř ḗḗḿȧȧīīŀ ȧȧḓḓřḗḗşş
mp-email-subject = ḖḖḿȧȧīīŀ ȧȧḓḓřḗḗşş
mp-email-summary = ḖḖḿȧȧīīŀ ȧȧḓḓřḗḗşş
mp-events_last_12_months-hint = Ƈǿǿŭŭƞŧ ṽīīřŧŭŭȧȧŀ ȧȧƞḓ īīƞ-ƥḗḗřşǿǿƞ ḗḗṽḗḗƞŧş.
mp-events_last_12_months-label = Ħǿǿẇ ḿȧȧƞẏ ḗḗṽḗḗƞŧş ḓīīḓ ŧħḗḗ ɠřǿǿŭŭƥ ħǿǿŀḓ īīƞ ŧħḗḗ ŀȧȧşŧ 12 ḿǿǿƞŧħş?
mp-events_last_12_months-required = ḖḖƞŧḗḗř ħǿǿẇ ḿȧȧƞẏ ḗḗṽḗḗƞŧş ŧħḗḗ ɠřǿǿŭŭƥ ħḗḗŀḓ īīƞ ŧħḗḗ ŀȧȧşŧ 12 ḿǿǿƞŧħş
mp-events_last_12_months-subject = Ƞŭŭḿƀḗḗř ǿǿƒ ḗḗṽḗḗƞŧş
mp-events_last_12_months-summary = ḖḖṽḗḗƞŧş īīƞ ŧħḗḗ ŀȧȧşŧ 12 ḿǿǿƞŧħş
mp-events_next_12_months-hint = Ƈǿǿŭŭƞŧ ṽīīřŧŭŭȧȧŀ ȧȧƞḓ īīƞ-ƥḗḗřşǿǿƞ ḗḗṽḗḗƞŧş.
mp-events_next_12_months-label = Ħǿǿẇ ḿȧȧƞẏ ḗḗṽḗḗƞŧş ḓǿǿḗḗş ŧħḗḗ ɠřǿǿŭŭƥ ƥŀȧȧƞ ŧǿǿ ħǿǿŀḓ īīƞ ŧħḗḗ ƞḗḗẋŧ 12 ḿǿǿƞŧħş?
mp-events_next_12_months-required = ḖḖƞŧḗḗř ħǿǿẇ ḿȧȧƞẏ ḗḗṽḗḗƞŧş ŧħḗḗ ɠřǿǿŭŭƥ ƥŀȧȧƞş ŧǿǿ ħǿǿŀḓ īīƞ ŧħḗḗ ƞḗḗẋŧ 12 ḿǿǿƞŧħş
mp-events_next_12_months-subject = Ƞŭŭḿƀḗḗř ǿǿƒ ḗḗṽḗḗƞŧş
mp-events_next_12_months-summary = ḖḖṽḗḗƞŧş ƥŀȧȧƞƞḗḗḓ īīƞ ŧħḗḗ ƞḗḗẋŧ 12 ḿǿǿƞŧħş
mp-fact-1-detail = Ŧħḗḗ ƤŞƑ ƥȧȧẏş ẏǿǿŭŭř ɠřǿǿŭŭƥ'ş Ḿḗḗḗḗŧŭŭƥ Ƥřǿǿ şŭŭƀşƈřīīƥŧīīǿǿƞ (ȧȧƀǿǿŭŭŧ 15 ŬŬŞ ḓǿǿŀŀȧȧřş ȧȧ ḿǿǿƞŧħ), şǿǿ ǿǿřɠȧȧƞīīẑḗḗřş ƞǿǿ ŀǿǿƞɠḗḗř ƥȧȧẏ ƒǿǿř Ḿḗḗḗḗŧŭŭƥ.
mp-fact-1-term = Ẇħȧȧŧ ẏǿǿŭŭ ɠḗḗŧ
mp-fact-2-detail =
    Ƥẏŧħǿǿƞ ɠřǿǿŭŭƥş ǿǿƞ Ḿḗḗḗḗŧŭŭƥ.ƈǿǿḿ ẇīīŧħ ƈǿǿƞŧḗḗƞŧ ŧħȧȧŧ īīş ḿǿǿşŧŀẏ ȧȧƀǿǿŭŭŧ Ƥẏŧħǿǿƞ (ŧħḗḗ ƤŞƑ ȧȧşķş ƒǿǿř ȧȧŧ ŀḗḗȧȧşŧ { $share }), ȧȧ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ īīƞ ŧħḗḗ ɠřǿǿŭŭƥ'ş ȦȦƀǿǿŭŭŧ şḗḗƈŧīīǿǿƞ, ȧȧƞḓ ȧȧŧ ŀḗḗȧȧşŧ { $events ->
        [one] { $events } ḗḗṽḗḗƞŧ
       *[other] { $events } ḗḗṽḗḗƞŧş
    } ȧȧ ẏḗḗȧȧř, ṽīīřŧŭŭȧȧŀ ǿǿř īīƞ ƥḗḗřşǿǿƞ.
mp-fact-2-term = Ẇħǿǿ ɋŭŭȧȧŀīīƒīīḗḗş
mp-fact-3-detail = ȦȦŧ ȧȧƞẏ ŧīīḿḗḗ.
mp-fact-3-term = Ẇħḗḗƞ ŧǿǿ ȧȧƥƥŀẏ
mp-fact-4-detail =
    Ɓẏ ḗḗḿȧȧīīŀ, ŭŭşŭŭȧȧŀŀẏ ẇīīŧħīīƞ { $earliest } ŧǿǿ { $latest ->
        [one] { $latest } ƀŭŭşīīƞḗḗşş ḓȧȧẏ
       *[other] { $latest } ƀŭŭşīīƞḗḗşş ḓȧȧẏş
    }.
mp-fact-4-term = Ḓḗḗƈīīşīīǿǿƞ
mp-full_name-label = Ƒŭŭŀŀ ƞȧȧḿḗḗ
mp-full_name-required = ḖḖƞŧḗḗř ẏǿǿŭŭř ƒŭŭŀŀ ƞȧȧḿḗḗ
mp-full_name-subject = Ƒŭŭŀŀ ƞȧȧḿḗḗ
mp-full_name-summary = Ƒŭŭŀŀ ƞȧȧḿḗḗ
mp-group_name-label = Ƞȧȧḿḗḗ ǿǿƒ ŧħḗḗ Ḿḗḗḗḗŧŭŭƥ ɠřǿǿŭŭƥ
mp-group_name-required = ḖḖƞŧḗḗř ŧħḗḗ ƞȧȧḿḗḗ ǿǿƒ ŧħḗḗ Ḿḗḗḗḗŧŭŭƥ ɠřǿǿŭŭƥ
mp-group_name-subject = Ɠřǿǿŭŭƥ ƞȧȧḿḗḗ
mp-group_name-summary = Ɠřǿǿŭŭƥ ƞȧȧḿḗḗ
mp-meetup_url-hint = Ƒǿǿř ḗḗẋȧȧḿƥŀḗḗ, ħŧŧƥş://ẇẇẇ.ḿḗḗḗḗŧŭŭƥ.ƈǿǿḿ/ẏǿǿŭŭř-ɠřǿǿŭŭƥ-ƞȧȧḿḗḗ/
mp-meetup_url-label = ȦȦḓḓřḗḗşş ǿǿƒ ŧħḗḗ ɠřǿǿŭŭƥ'ş Ḿḗḗḗḗŧŭŭƥ ƥȧȧɠḗḗ
mp-meetup_url-required = ḖḖƞŧḗḗř ŧħḗḗ ȧȧḓḓřḗḗşş ǿǿƒ ŧħḗḗ ɠřǿǿŭŭƥ'ş Ḿḗḗḗḗŧŭŭƥ ƥȧȧɠḗḗ
mp-meetup_url-subject = Ḿḗḗḗḗŧŭŭƥ ƥȧȧɠḗḗ ȧȧḓḓřḗḗşş
mp-meetup_url-summary = Ḿḗḗḗḗŧŭŭƥ ƥȧȧɠḗḗ
mp-name = Ḿḗḗḗḗŧŭŭƥ Ƥřǿǿ Ƞḗḗŧẇǿǿřķ
mp-next-contact-after = . ĪĪƒ ẏǿǿŭŭř ɠřǿǿŭŭƥ īīş ȧȧƈƈḗḗƥŧḗḗḓ, ŧħḗḗ ḗḗḿȧȧīīŀ ḗḗẋƥŀȧȧīīƞş ħǿǿẇ ŧǿǿ ĵǿǿīīƞ ŧħḗḗ ƤŞƑ'ş Ḿḗḗḗḗŧŭŭƥ Ƥřǿǿ Ƞḗḗŧẇǿǿřķ.
mp-next-contact-before = ȦȦ ƤŞƑ şŧȧȧƒƒ ḿḗḗḿƀḗḗř ḿȧȧẏ ḗḗḿȧȧīīŀ ẏǿǿŭŭ ẇīīŧħ ɋŭŭḗḗşŧīīǿǿƞş. Ŧħḗḗ ḓḗḗƈīīşīīǿǿƞ īīş şḗḗƞŧ ƀẏ ḗḗḿȧȧīīŀ ŧǿǿ{ " " }
mp-next-decision-after = .
mp-next-decision-and = { " " }ȧȧƞḓ{ " " }
mp-next-decision-before =
    ƤŞƑ şŧȧȧƒƒ ȧȧīīḿ ŧǿǿ řḗḗṽīīḗḗẇ ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ẇīīŧħīīƞ { $earliest } ŧǿǿ { $latest ->
        [one] { $latest } ƀŭŭşīīƞḗḗşş ḓȧȧẏ
       *[other] { $latest } ƀŭŭşīīƞḗḗşş ḓȧȧẏş
    }: ẏǿǿŭŭ şħǿǿŭŭŀḓ ħḗḗȧȧř ƒřǿǿḿ ŧħḗḗḿ ƀḗḗŧẇḗḗḗḗƞ{ " " }
mp-preview-heading = Ƈħḗḗƈķ īīƒ ẏǿǿŭŭř Ḿḗḗḗḗŧŭŭƥ ɠřǿǿŭŭƥ ƈȧȧƞ ĵǿǿīīƞ ŧħḗḗ Ḿḗḗḗḗŧŭŭƥ Ƥřǿǿ Ƞḗḗŧẇǿǿřķ
mp-preview-link-hidden = { " " }ƒǿǿř ŧħḗḗ Ḿḗḗḗḗŧŭŭƥ Ƥřǿǿ Ƞḗḗŧẇǿǿřķ
mp-preview-note = Ŧħḗḗ ƤŞƑ ȧȧŀşǿǿ ƈħḗḗƈķş ẏǿǿŭŭř ɠřǿǿŭŭƥ'ş Ḿḗḗḗḗŧŭŭƥ ƥȧȧɠḗḗ ẇħḗḗƞ īīŧ řḗḗṽīīḗḗẇş ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ.
mp-python_percent-hint = ḖḖƞŧḗḗř ȧȧ ẇħǿǿŀḗḗ ƞŭŭḿƀḗḗř ƒřǿǿḿ 0 ŧǿǿ 100. Ƈǿǿƞŧḗḗƞŧ ƈȧȧƞ īīƞƈŀŭŭḓḗḗ ȧȧḓĵȧȧƈḗḗƞŧ ŧǿǿƥīīƈş, şŭŭƈħ ȧȧş ƞḗḗŧẇǿǿřķīīƞɠ ǿǿř ƀȧȧşīīƈ ḿȧȧƈħīīƞḗḗ ŀḗḗȧȧřƞīīƞɠ.
mp-python_percent-label = ȦȦƥƥřǿǿẋīīḿȧȧŧḗḗŀẏ ẇħȧȧŧ ƥḗḗřƈḗḗƞŧȧȧɠḗḗ ǿǿƒ ŧħḗḗ ɠřǿǿŭŭƥ'ş ƈǿǿƞŧḗḗƞŧ īīş ȧȧƀǿǿŭŭŧ Ƥẏŧħǿǿƞ?
mp-python_percent-required = ḖḖƞŧḗḗř ŧħḗḗ ƥḗḗřƈḗḗƞŧȧȧɠḗḗ ǿǿƒ ŧħḗḗ ɠřǿǿŭŭƥ'ş ƈǿǿƞŧḗḗƞŧ ŧħȧȧŧ īīş ȧȧƀǿǿŭŭŧ Ƥẏŧħǿǿƞ
mp-python_percent-subject = Ƥḗḗřƈḗḗƞŧȧȧɠḗḗ
mp-python_percent-summary = Ƥẏŧħǿǿƞ ƈǿǿƞŧḗḗƞŧ
mp-role-hint = Ƒǿǿř ḗḗẋȧȧḿƥŀḗḗ, ǿǿřɠȧȧƞīīẑḗḗř ǿǿř ƈǿǿ-ǿǿřɠȧȧƞīīẑḗḗř.
mp-role-label = Ẏǿǿŭŭř řǿǿŀḗḗ īīƞ ŧħḗḗ ɠřǿǿŭŭƥ
mp-role-required = ḖḖƞŧḗḗř ẏǿǿŭŭř řǿǿŀḗḗ īīƞ ŧħḗḗ ɠřǿǿŭŭƥ
mp-role-subject = Řǿǿŀḗḗ
mp-role-summary = Řǿǿŀḗḗ īīƞ ŧħḗḗ ɠřǿǿŭŭƥ
mp-section-code_of_conduct = Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ
mp-section-events = ḖḖṽḗḗƞŧş ȧȧƞḓ ƈǿǿƞŧḗḗƞŧ
mp-section-group = Ŧħḗḗ ɠřǿǿŭŭƥ
mp-start-button = Şŧȧȧřŧ ȧȧ Ḿḗḗḗḗŧŭŭƥ Ƥřǿǿ Ƞḗḗŧẇǿǿřķ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ
mp-step-applicant-heading = Ẏǿǿŭŭř ḓḗḗŧȧȧīīŀş
mp-step-applicant-label = Ẏǿǿŭŭř ḓḗḗŧȧȧīīŀş
mp-step-group-heading = Ẏǿǿŭŭř Ḿḗḗḗḗŧŭŭƥ ɠřǿǿŭŭƥ
mp-step-group-label = Ḿḗḗḗḗŧŭŭƥ ɠřǿǿŭŭƥ

msg-add-another = ȦȦḓḓ ȧȧƞǿǿŧħḗḗř { $item }
msg-add-first = ȦȦḓḓ ȧȧ { $item }
msg-add-reminder-for = ȦȦḓḓ ȧȧ řḗḗḿīīƞḓḗḗř ŧǿǿ ẏǿǿŭŭř ƈȧȧŀḗḗƞḓȧȧř ƒǿǿř { $date }
msg-advised-by = ȦȦḓṽīīşḗḗḓ ƀẏ
msg-application-name = { $program } ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ
msg-apply-by = ȦȦƥƥŀẏ ƀẏ
msg-apply-from = ȦȦƥƥŀẏ ƒřǿǿḿ
msg-board-note = ǾǾṽḗḗř { $amount }: ȧȧƒŧḗḗř ŧħḗḗ Ɠřȧȧƞŧş Ẇǿǿřķ Ɠřǿǿŭŭƥ, ŧħḗḗ ƤŞƑ Ɓǿǿȧȧřḓ ḓḗḗƈīīḓḗḗş. ĪĪŧ ḿḗḗḗḗŧş ḗḗṽḗḗřẏ ǿǿŧħḗḗř ḿǿǿƞŧħ, şǿǿ ȧȧŀŀǿǿẇ ḗḗẋŧřȧȧ ŧīīḿḗḗ.
msg-box-unticked = Ŧīīƈķ ŧħḗḗ ƀǿǿẋ ŧǿǿ ƈǿǿƞƒīīřḿ ŧħȧȧŧ { $gist }
msg-changed = { $rule }: { $status }.
msg-changed-verdict = { $verdict }.
msg-check-entered = Ƈħḗḗƈķ ŧħḗḗ { $subject } ẏǿǿŭŭ ḗḗƞŧḗḗřḗḗḓ
msg-check-the = Ƈħḗḗƈķ ŧħḗḗ { $subject }
msg-checklist-all = ȦȦŀŀ { $total } ȧȧɠřḗḗḗḗḓ
msg-checklist-some = { $ticked } ǿǿƒ { $total } ȧȧɠřḗḗḗḗḓ
msg-criterion-code-of-conduct = ĪĪŧ ḿŭŭşŧ ħȧȧṽḗḗ ȧȧƞ ḗḗƞƒǿǿřƈḗḗȧȧƀŀḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ ŧħȧȧŧ şȧȧẏş ħǿǿẇ ŧǿǿ řḗḗƥǿǿřŧ ƥřǿǿƀŀḗḗḿş.
msg-criterion-cp-acknowledgements = Ẏǿǿŭŭ ḿŭŭşŧ ȧȧɠřḗḗḗḗ ŧǿǿ ŧħḗḗ ƀǿǿŭŭƞḓş ǿǿƒ ŧħḗḗ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗř ŧīīŧŀḗḗ, īīƞ ḗḗīīɠħŧ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗḿḗḗƞŧş.
msg-criterion-cp-community-impact = ĪĪŧ ḿŭŭşŧ ħȧȧṽḗḗ ȧȧ ƥǿǿşīīŧīīṽḗḗ īīḿƥȧȧƈŧ ǿǿƞ ŧħḗḗ Ƥẏŧħǿǿƞ ƈǿǿḿḿŭŭƞīīŧẏ.
msg-criterion-cp-group-not-event = Ɠřǿǿŭŭƥş ŧħȧȧŧ řŭŭƞ şḗḗṽḗḗřȧȧŀ ḗḗṽḗḗƞŧş ȧȧ ẏḗḗȧȧř ȧȧƥƥŀẏ ǿǿƞƈḗḗ ƒǿǿř ŧħḗḗ ẇħǿǿŀḗḗ ɠřǿǿŭŭƥ.
msg-criterion-cp-python-share = Ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ ḿŭŭşŧ ƀḗḗ Ƥẏŧħǿǿƞ-şƥḗḗƈīīƒīīƈ, ǿǿř ḿǿǿşŧŀẏ ȧȧƀǿǿŭŭŧ Ƥẏŧħǿǿƞ.
msg-criterion-cp-web-page = ĪĪŧ ḿŭŭşŧ ħȧȧṽḗḗ ȧȧƞ ḗḗşŧȧȧƀŀīīşħḗḗḓ ẇḗḗƀ ƥȧȧɠḗḗ, şŭŭƈħ ȧȧş īīŧş ǿǿẇƞ ḓǿǿḿȧȧīīƞ, ȧȧ Ḿḗḗḗḗŧŭŭƥ ƥȧȧɠḗḗ ǿǿř ȧȧ Ŀŭŭḿȧȧ ƥȧȧɠḗḗ.
msg-criterion-cp-window =
    ȦȦƥƥŀẏ ȧȧŧ ŀḗḗȧȧşŧ { $min ->
        [one] { $min } ẇḗḗḗḗķ
       *[other] { $min } ẇḗḗḗḗķş
    } ƀḗḗƒǿǿřḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ ({ $advised ->
        [one] { $advised } ẇḗḗḗḗķ
       *[other] { $advised } ẇḗḗḗḗķş
    } īīƒ īīŧ'ş ẏǿǿŭŭř ƒīīřşŧ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ), ȧȧƞḓ ƞǿǿ ḿǿǿřḗḗ ŧħȧȧƞ { $months ->
        [one] { $months } ḿǿǿƞŧħ
       *[other] { $months } ḿǿǿƞŧħş
    } ƀḗḗƒǿǿřḗḗ.
msg-criterion-gr-board-review = Řḗḗɋŭŭḗḗşŧş ǿǿṽḗḗř { $amount } ɠǿǿ ŧǿǿ ŧħḗḗ ƤŞƑ Ɓǿǿȧȧřḓ ȧȧƒŧḗḗř ŧħḗḗ Ɠřȧȧƞŧş Ẇǿǿřķ Ɠřǿǿŭŭƥ.
msg-criterion-gr-budget-itemised = ḖḖȧȧƈħ īīŧḗḗḿ ḿŭŭşŧ ħȧȧṽḗḗ īīŧş ǿǿẇƞ ƈǿǿşŧ, řḗḗŀȧȧŧḗḗḓ ḓīīřḗḗƈŧŀẏ ŧǿǿ ŧħḗḗ ḗḗṽḗḗƞŧ, ȧȧƞḓ ŧħḗḗ ŀīīƞḗḗş ḿŭŭşŧ ȧȧḓḓ ŭŭƥ ŧǿǿ ŧħḗḗ ȧȧḿǿǿŭŭƞŧ řḗḗɋŭŭḗḗşŧḗḗḓ.
msg-criterion-gr-essentials-marked = Ḿȧȧřķ ŧħḗḗ ḗḗşşḗḗƞŧīīȧȧŀ ƈǿǿşŧş: ŧħḗḗ ƤŞƑ ḿȧȧẏ ȧȧƥƥřǿǿṽḗḗ ŀḗḗşş ŧħȧȧƞ ẏǿǿŭŭ ȧȧşķ ƒǿǿř.
msg-criterion-gr-no-swag = Ɠřȧȧƞŧş ḓǿǿ ƞǿǿŧ ƈǿǿṽḗḗř şẇȧȧɠ.
msg-criterion-gr-other-sources = Ŧħḗḗ ƤŞƑ şŭŭƥƥŀḗḗḿḗḗƞŧş ǿǿŧħḗḗř ƒŭŭƞḓīīƞɠ: īīŧ ħḗḗŀƥş ŧǿǿ şḗḗḗḗ ŧħḗḗ ǿǿŧħḗḗř şǿǿŭŭřƈḗḗş.
msg-criterion-gr-python-share = Ḿǿǿřḗḗ ŧħȧȧƞ { $share } ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ ḿŭŭşŧ ƀḗḗ ȧȧƀǿǿŭŭŧ Ƥẏŧħǿǿƞ.
msg-criterion-gr-request-within-budget = Ŧħḗḗ ȧȧḿǿǿŭŭƞŧ řḗḗɋŭŭḗḗşŧḗḗḓ ƈȧȧƞ'ŧ ƀḗḗ ḿǿǿřḗḗ ŧħȧȧƞ ŧħḗḗ ḗḗṽḗḗƞŧ'ş ŧǿǿŧȧȧŀ ƀŭŭḓɠḗḗŧ.
msg-criterion-gr-window =
    ȦȦƥƥŀẏ ȧȧŧ ŀḗḗȧȧşŧ { $min ->
        [one] { $min } ẇḗḗḗḗķ
       *[other] { $min } ẇḗḗḗḗķş
    } ƀḗḗƒǿǿřḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ; { $months ->
        [one] { $months } ḿǿǿƞŧħ
       *[other] { $months } ḿǿǿƞŧħş
    } ǿǿř ḿǿǿřḗḗ īīş ȧȧḓṽīīşḗḗḓ.
msg-criterion-mp-code-of-conduct = Ŧħḗḗ ȦȦƀǿǿŭŭŧ şḗḗƈŧīīǿǿƞ ǿǿƒ ŧħḗḗ ɠřǿǿŭŭƥ'ş Ḿḗḗḗḗŧŭŭƥ ƥȧȧɠḗḗ ḿŭŭşŧ īīƞƈŀŭŭḓḗḗ ǿǿř ŀīīƞķ ŧǿǿ īīŧş Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ.
msg-criterion-mp-events-per-year =
    Ŧħḗḗ ɠřǿǿŭŭƥ ḿŭŭşŧ ħǿǿŀḓ ȧȧŧ ŀḗḗȧȧşŧ { $min ->
        [one] { $min } ḗḗṽḗḗƞŧ
       *[other] { $min } ḗḗṽḗḗƞŧş
    } ȧȧ ẏḗḗȧȧř, ṽīīřŧŭŭȧȧŀ ǿǿř īīƞ ƥḗḗřşǿǿƞ.
msg-criterion-mp-meetup-url = Ŧħḗḗ ɠřǿǿŭŭƥ ḿŭŭşŧ ƀḗḗ ȧȧ Ḿḗḗḗḗŧŭŭƥ ɠřǿǿŭŭƥ ǿǿƞ ḿḗḗḗḗŧŭŭƥ.ƈǿǿḿ.
msg-criterion-mp-python-share = Ŧħḗḗ ɠřǿǿŭŭƥ'ş ƈǿǿƞŧḗḗƞŧ ḿŭŭşŧ ƀḗḗ ḿǿǿşŧŀẏ ȧȧƀǿǿŭŭŧ Ƥẏŧħǿǿƞ. Ŧħḗḗ ƤŞƑ'ş ɠŭŭīīḓȧȧƞƈḗḗ ƒǿǿř ǿǿřɠȧȧƞīīẑḗḗřş ȧȧşķş ƒǿǿř ȧȧŧ ŀḗḗȧȧşŧ { $guidance }.
msg-date-incomplete =
    { $subject } ḿŭŭşŧ īīƞƈŀŭŭḓḗḗ ȧȧ { $missing ->
        [day] ḓȧȧẏ
        [month] ḿǿǿƞŧħ
        [year] ẏḗḗȧȧř
        [day-month] ḓȧȧẏ ȧȧƞḓ ḿǿǿƞŧħ
        [day-year] ḓȧȧẏ ȧȧƞḓ ẏḗḗȧȧř
        [month-year] ḿǿǿƞŧħ ȧȧƞḓ ẏḗḗȧȧř
       *[all] ḓȧȧẏ, ḿǿǿƞŧħ ȧȧƞḓ ẏḗḗȧȧř
    }
msg-date-invalid = { $subject } ḿŭŭşŧ ƀḗḗ ȧȧ řḗḗȧȧŀ ḓȧȧŧḗḗ, ẇīīŧħ ȧȧ 4-ḓīīɠīīŧ ẏḗḗȧȧř
msg-draft-in-progress = Ẏǿǿŭŭ ħȧȧṽḗḗ ȧȧ { $program } ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ īīƞ ƥřǿǿɠřḗḗşş
msg-draft-saved = Ẏǿǿŭŭř ȧȧƞşẇḗḗřş ȧȧřḗḗ şȧȧṽḗḗḓ īīƞ ŧħīīş ƀřǿǿẇşḗḗř.
msg-draft-saved-on = Ẏǿǿŭŭř ȧȧƞşẇḗḗřş ẇḗḗřḗḗ şȧȧṽḗḗḓ īīƞ ŧħīīş ƀřǿǿẇşḗḗř ǿǿƞ { $when }.
msg-email-format = ḖḖƞŧḗḗř ȧȧƞ ḗḗḿȧȧīīŀ ȧȧḓḓřḗḗşş īīƞ ŧħḗḗ ƈǿǿřřḗḗƈŧ ƒǿǿřḿȧȧŧ, ŀīīķḗḗ ƞȧȧḿḗḗ@ḗḗẋȧȧḿƥŀḗḗ.ƈǿǿḿ
msg-end-before-start = { $subject } ḿŭŭşŧ ƀḗḗ ŧħḗḗ şȧȧḿḗḗ ȧȧş ǿǿř ȧȧƒŧḗḗř ŧħḗḗ şŧȧȧřŧ ḓȧȧŧḗḗ
msg-file-broken = Ŧħḗḗ ƒīīŀḗḗ īīş ȧȧ şȧȧṽḗḗḓ { $program } ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ, ƀŭŭŧ īīŧ ħȧȧş ƀḗḗḗḗƞ ƈħȧȧƞɠḗḗḓ ǿǿř ḓȧȧḿȧȧɠḗḗḓ ȧȧƞḓ ƈȧȧƞ'ŧ ƀḗḗ řḗḗȧȧḓ. Ƈħǿǿǿǿşḗḗ ȧȧƞǿǿŧħḗḗř ƈǿǿƥẏ, ǿǿř ḗḗƞŧḗḗř ẏǿǿŭŭř ȧȧƞşẇḗḗřş ȧȧɠȧȧīīƞ.
msg-file-empty = Ŧħḗḗ ƒīīŀḗḗ ẏǿǿŭŭ ƈħǿǿşḗḗ īīş ḗḗḿƥŧẏ. Ƈħǿǿǿǿşḗḗ ŧħḗḗ ƒīīŀḗḗ ẏǿǿŭŭ şȧȧṽḗḗḓ ƒřǿǿḿ ŧħīīş ƒǿǿřḿ.
msg-file-newer-version = Ŧħḗḗ ƒīīŀḗḗ ẇȧȧş şȧȧṽḗḗḓ ƀẏ ȧȧ ƞḗḗẇḗḗř ṽḗḗřşīīǿǿƞ ǿǿƒ ŧħīīş ƒǿǿřḿ, şǿǿ īīŧ ƈȧȧƞ'ŧ ƀḗḗ řḗḗȧȧḓ ħḗḗřḗḗ. ǾǾƥḗḗƞ ŧħḗḗ ƒǿǿřḿ ẇħḗḗřḗḗ ẏǿǿŭŭ şȧȧṽḗḗḓ īīŧ, ǿǿř şŧȧȧřŧ ȧȧɠȧȧīīƞ ħḗḗřḗḗ.
msg-file-not-json = Ŧħḗḗ ƒīīŀḗḗ ẏǿǿŭŭ ƈħǿǿşḗḗ īīş ƞǿǿŧ ȧȧ şȧȧṽḗḗḓ ȧȧƞşẇḗḗřş ƒīīŀḗḗ. Ƈħǿǿǿǿşḗḗ ŧħḗḗ .ĵşǿǿƞ ƒīīŀḗḗ ẏǿǿŭŭ şȧȧṽḗḗḓ ẇīīŧħ “Şȧȧṽḗḗ ẏǿǿŭŭř ȧȧƞşẇḗḗřş ŧǿǿ ȧȧ ƒīīŀḗḗ”.
msg-file-not-saved-answers = Ŧħḗḗ ƒīīŀḗḗ ẏǿǿŭŭ ƈħǿǿşḗḗ īīş ƞǿǿŧ ȧȧ şȧȧṽḗḗḓ ȧȧƞşẇḗḗřş ƒīīŀḗḗ (ȧȧ ḓǿǿẇƞŀǿǿȧȧḓḗḗḓ ƈǿǿƥẏ ǿǿƒ ȧȧ şŭŭƀḿīīŧŧḗḗḓ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ƈȧȧƞ'ŧ ƀḗḗ ƈǿǿƞŧīīƞŭŭḗḗḓ). Ƈħǿǿǿǿşḗḗ ŧħḗḗ ƒīīŀḗḗ ẏǿǿŭŭ şȧȧṽḗḗḓ ẇīīŧħ “Şȧȧṽḗḗ ẏǿǿŭŭř ȧȧƞşẇḗḗřş ŧǿǿ ȧȧ ƒīīŀḗḗ”.
msg-file-older-version = Ŧħḗḗ ƒīīŀḗḗ ẇȧȧş şȧȧṽḗḗḓ ƀẏ ȧȧƞ ǿǿŀḓḗḗř ṽḗḗřşīīǿǿƞ ǿǿƒ ŧħīīş ƒǿǿřḿ ŧħȧȧŧ ŧħīīş ǿǿƞḗḗ ƈȧȧƞ'ŧ řḗḗȧȧḓ. Şǿǿřřẏ: ẏǿǿŭŭ'ŀŀ ƞḗḗḗḗḓ ŧǿǿ ḗḗƞŧḗḗř ẏǿǿŭŭř ȧȧƞşẇḗḗřş ȧȧɠȧȧīīƞ.
msg-file-other-program = Ŧħḗḗ ƒīīŀḗḗ ħǿǿŀḓş ȧȧ { $program } ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ, ẇħīīƈħ ŧħīīş ƒǿǿřḿ ḓǿǿḗḗşƞ'ŧ ŧȧȧķḗḗ. ǾǾƥḗḗƞ ŧħḗḗ { $program } ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ŧǿǿ ƈǿǿƞŧīīƞŭŭḗḗ īīŧ.
msg-file-too-large = Ŧħḗḗ ƒīīŀḗḗ ẏǿǿŭŭ ƈħǿǿşḗḗ īīş ŧǿǿǿǿ ŀȧȧřɠḗḗ ŧǿǿ ƀḗḗ şȧȧṽḗḗḓ ȧȧƞşẇḗḗřş (ŧħḗḗẏ ȧȧřḗḗ ŭŭƞḓḗḗř 1 ḾƁ). Ƈħǿǿǿǿşḗḗ ŧħḗḗ ƒīīŀḗḗ ẏǿǿŭŭ şȧȧṽḗḗḓ ƒřǿǿḿ ŧħīīş ƒǿǿřḿ.
msg-file-unknown-program = Ŧħḗḗ ƒīīŀḗḗ ħǿǿŀḓş ȧȧƞşẇḗḗřş ŧǿǿ ȧȧƞ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ŧħīīş ƒǿǿřḿ ḓǿǿḗḗşƞ'ŧ ŧȧȧķḗḗ.
msg-file-unreadable = Ŧħḗḗ ƒīīŀḗḗ ẏǿǿŭŭ ƈħǿǿşḗḗ ƈǿǿŭŭŀḓƞ'ŧ ƀḗḗ řḗḗȧȧḓ. Ŧřẏ ƈħǿǿǿǿşīīƞɠ īīŧ ȧȧɠȧȧīīƞ, ǿǿř şȧȧṽḗḗ īīŧ ŧǿǿ ŧħīīş ḓḗḗṽīīƈḗḗ ƒīīřşŧ.
msg-grant-window-advised-earlier =
    ĪĪƞ ŧīīḿḗḗ, ƀŭŭŧ { $months ->
        [one] { $months } ḿǿǿƞŧħ
       *[other] { $months } ḿǿǿƞŧħş
    } ȧȧħḗḗȧȧḓ īīş ȧȧḓṽīīşḗḗḓ, şǿǿ ŧħȧȧŧ ŧħḗḗ Ɠřȧȧƞŧş Ẇǿǿřķ Ɠřǿǿŭŭƥ ħȧȧş ŧīīḿḗḗ ŧǿǿ řḗḗṽīīḗḗẇ. ȦȦƥƥŀẏ şǿǿǿǿƞ.
msg-grant-window-board-time-advice =
    ĪĪƞ ŧīīḿḗḗ, ƀŭŭŧ ȧȧ řḗḗɋŭŭḗḗşŧ ǿǿṽḗḗř { $amount } ɠǿǿḗḗş ŧǿǿ ŧħḗḗ ƤŞƑ Ɓǿǿȧȧřḓ, ẇħīīƈħ ḿḗḗḗḗŧş ḗḗṽḗḗřẏ ǿǿŧħḗḗř ḿǿǿƞŧħ ȧȧƞḓ ḿȧȧẏ ŧȧȧķḗḗ ŭŭƥ ŧǿǿ ŧẇǿǿ ḿǿǿƞŧħş ŧǿǿ şḗḗḗḗ īīŧ. ȦȦƥƥŀẏ { $months ->
        [one] { $months } ḿǿǿƞŧħ
       *[other] { $months } ḿǿǿƞŧħş
    } ȧȧħḗḗȧȧḓ īīƒ ẏǿǿŭŭ ƈȧȧƞ.
msg-grant-window-in-window = Ẏǿǿŭŭ'řḗḗ īīƞ ɠǿǿǿǿḓ ŧīīḿḗḗ. ȦȦƥƥŀẏ ƀẏ { $advised_by } īīƒ ẏǿǿŭŭ ƈȧȧƞ; ŧħḗḗ ŀȧȧşŧ ḓȧȧẏ īīş { $apply_by }.
msg-grant-window-started = Ŧħīīş ḓȧȧŧḗḗ īīş ŧǿǿḓȧȧẏ ǿǿř ħȧȧş ƥȧȧşşḗḗḓ: ɠřȧȧƞŧş ȧȧřḗḗ ƒǿǿř ḗḗṽḗḗƞŧş ŧħȧȧŧ ħȧȧṽḗḗƞ'ŧ şŧȧȧřŧḗḗḓ ẏḗḗŧ.
msg-grant-window-too-late =
    Ŧǿǿǿǿ ŀȧȧŧḗḗ ƒǿǿř ŧħīīş ḓȧȧŧḗḗ: ŧħḗḗ ŀȧȧşŧ ḓȧȧẏ ŧǿǿ ȧȧƥƥŀẏ ẇȧȧş { $apply_by }, { $weeks ->
        [one] { $weeks } ẇḗḗḗḗķ
       *[other] { $weeks } ẇḗḗḗḗķş
    } ƀḗḗƒǿǿřḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ.
msg-heading-check = Ƈħḗḗƈķ ẏǿǿŭŭř ȧȧƞşẇḗḗřş ƀḗḗƒǿǿřḗḗ şŭŭƀḿīīŧŧīīƞɠ
msg-heading-confirmation = ȦȦƥƥŀīīƈȧȧŧīīǿǿƞ şŭŭƀḿīīŧŧḗḗḓ
msg-heading-start = ȦȦƥƥŀẏ ŧǿǿ ȧȧ ƤŞƑ ƈǿǿḿḿŭŭƞīīŧẏ ƥřǿǿɠřȧȧḿ
msg-in-line = { $line }: { $problem }
msg-kept-not-saved = Ŧħīīş ƀřǿǿẇşḗḗř ƈȧȧƞƞǿǿŧ şȧȧṽḗḗ ẏǿǿŭŭř ȧȧƞşẇḗḗřş: ķḗḗḗḗƥ ŧħīīş ƥȧȧɠḗḗ ǿǿƥḗḗƞ, ǿǿř ḓǿǿẇƞŀǿǿȧȧḓ ȧȧ ƈǿǿƥẏ ƀḗḗŀǿǿẇ.
msg-kept-offline-not-saved = Ķḗḗḗḗƥ ŧħīīş ƥȧȧɠḗḗ ǿǿƥḗḗƞ: ŧħīīş ƀřǿǿẇşḗḗř ƈȧȧƞƞǿǿŧ şȧȧṽḗḗ ẏǿǿŭŭř ȧȧƞşẇḗḗřş. Ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ẇīīŀŀ ƀḗḗ şḗḗƞŧ ȧȧş şǿǿǿǿƞ ȧȧş ẏǿǿŭŭ ȧȧřḗḗ ƀȧȧƈķ ǿǿƞŀīīƞḗḗ.
msg-kept-offline-saved = Ẏǿǿŭŭř ȧȧƞşẇḗḗřş ȧȧřḗḗ şȧȧṽḗḗḓ īīƞ ŧħīīş ƀřǿǿẇşḗḗř. Ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ẇīīŀŀ ƀḗḗ şḗḗƞŧ ȧȧş şǿǿǿǿƞ ȧȧş ẏǿǿŭŭ ȧȧřḗḗ ƀȧȧƈķ ǿǿƞŀīīƞḗḗ.
msg-kept-saved = Ẏǿǿŭŭř ȧȧƞşẇḗḗřş ȧȧřḗḗ şȧȧṽḗḗḓ īīƞ ŧħīīş ƀřǿǿẇşḗḗř, ȧȧƞḓ ẏǿǿŭŭ ƈȧȧƞ ḓǿǿẇƞŀǿǿȧȧḓ ȧȧ ƈǿǿƥẏ ƀḗḗŀǿǿẇ.
msg-line-added = { $line } ȧȧḓḓḗḗḓ.
msg-line-name = { $item } { $n }
msg-line-removed =
    { $line } řḗḗḿǿǿṽḗḗḓ. { $left ->
        [0] Ƞǿǿ { $items } ŀḗḗƒŧ.
        [one] { $left } { $item } ŀḗḗƒŧ.
       *[other] { $left } { $items } ŀḗḗƒŧ.
    }
msg-lines-full =
    Ẏǿǿŭŭ'ṽḗḗ ȧȧḓḓḗḗḓ { $max ->
        [one] { $max } { $item }
       *[other] { $max } { $items }
    }, ŧħḗḗ ḿǿǿşŧ ŧħīīş ƒǿǿřḿ ŧȧȧķḗḗş.
msg-negative-amount = { $subject } ḿŭŭşŧ ƀḗḗ { $min } ǿǿř ḿǿǿřḗḗ, ẇīīŧħǿǿŭŭŧ ȧȧ ḿīīƞŭŭş şīīɠƞ
msg-no = Ƞǿǿ
msg-not-answered = Ƞǿǿŧ ȧȧƞşẇḗḗřḗḗḓ
msg-not-answered-code-of-conduct = ḖḖƞŧḗḗř ŧħḗḗ ŀīīƞķ ŧǿǿ ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ ȧȧƞḓ şȧȧẏ ẇħḗḗŧħḗḗř īīŧ ḗḗẋƥŀȧȧīīƞş ħǿǿẇ ŧǿǿ řḗḗƥǿǿřŧ ƥřǿǿƀŀḗḗḿş.
msg-not-answered-cp-acknowledgements = Ŧīīƈķ ŧħḗḗ ḗḗīīɠħŧ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗḿḗḗƞŧş.
msg-not-answered-cp-community-impact = Ḓḗḗşƈřīīƀḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ: ŧħḗḗ ƤŞƑ řḗḗṽīīḗḗẇş īīŧş īīḿƥȧȧƈŧ ǿǿƞ ŧħḗḗ Ƥẏŧħǿǿƞ ƈǿǿḿḿŭŭƞīīŧẏ.
msg-not-answered-cp-group-not-event = Ƈħǿǿǿǿşḗḗ ŧħḗḗ ŧẏƥḗḗ ǿǿƒ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ.
msg-not-answered-cp-python-share = Şȧȧẏ ħǿǿẇ ḿŭŭƈħ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ īīş Ƥẏŧħǿǿƞ-řḗḗŀȧȧŧḗḗḓ.
msg-not-answered-cp-web-page = ḖḖƞŧḗḗř ŧħḗḗ ẇḗḗƀşīīŧḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ.
msg-not-answered-cp-window = ḖḖƞŧḗḗř ŧħḗḗ ḓȧȧŧḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ.
msg-not-answered-gr-board-review = ḖḖƞŧḗḗř ŧħḗḗ ȧȧḿǿǿŭŭƞŧ řḗḗɋŭŭḗḗşŧḗḗḓ.
msg-not-answered-gr-budget-itemised = ḖḖƞŧḗḗř ŧħḗḗ ȧȧḿǿǿŭŭƞŧ řḗḗɋŭŭḗḗşŧḗḗḓ, ȧȧƞḓ ȧȧƞ ȧȧḿǿǿŭŭƞŧ ǿǿƞ ḗḗṽḗḗřẏ ŀīīƞḗḗ ǿǿƒ ŧħḗḗ ƀŭŭḓɠḗḗŧ.
msg-not-answered-gr-budget-lines = ȦȦḓḓ ŧħḗḗ ŀīīƞḗḗş ǿǿƒ ẏǿǿŭŭř ƀŭŭḓɠḗḗŧ.
msg-not-answered-gr-budget-total = ḖḖƞŧḗḗř ŧħḗḗ ȧȧḿǿǿŭŭƞŧ řḗḗɋŭŭḗḗşŧḗḗḓ ȧȧƞḓ ŧħḗḗ ḗḗṽḗḗƞŧ'ş ŧǿǿŧȧȧŀ ƀŭŭḓɠḗḗŧ.
msg-not-answered-gr-python-share = Şȧȧẏ ħǿǿẇ ḿŭŭƈħ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ īīş ȧȧƀǿǿŭŭŧ Ƥẏŧħǿǿƞ.
msg-not-answered-gr-window = ḖḖƞŧḗḗř ŧħḗḗ şŧȧȧřŧ ḓȧȧŧḗḗ ǿǿƒ ŧħḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ.
msg-not-answered-mp-code-of-conduct = ḖḖƞŧḗḗř ŧħḗḗ ŀīīƞķ ŧǿǿ ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ ȧȧƞḓ şȧȧẏ ẇħḗḗŧħḗḗř īīŧ īīş īīƞ ŧħḗḗ ȦȦƀǿǿŭŭŧ şḗḗƈŧīīǿǿƞ.
msg-not-answered-mp-events-per-year = Şȧȧẏ ħǿǿẇ ḿȧȧƞẏ ḗḗṽḗḗƞŧş ŧħḗḗ ɠřǿǿŭŭƥ ħȧȧş ħḗḗŀḓ ȧȧƞḓ ħǿǿẇ ḿȧȧƞẏ īīŧ ƥŀȧȧƞş.
msg-not-answered-mp-meetup-url = ḖḖƞŧḗḗř ŧħḗḗ ȧȧḓḓřḗḗşş ǿǿƒ ŧħḗḗ ɠřǿǿŭŭƥ'ş Ḿḗḗḗḗŧŭŭƥ ƥȧȧɠḗḗ.
msg-not-answered-mp-python-share = Şȧȧẏ ħǿǿẇ ḿŭŭƈħ ǿǿƒ ŧħḗḗ ɠřǿǿŭŭƥ'ş ƈǿǿƞŧḗḗƞŧ īīş ȧȧƀǿǿŭŭŧ Ƥẏŧħǿǿƞ.
msg-not-found = Ƥȧȧɠḗḗ ƞǿǿŧ ƒǿǿŭŭƞḓ
msg-not-known-yet = ƞǿǿŧ ķƞǿǿẇƞ ẏḗḗŧ
msg-not-sent-busy = Ŧħḗḗ ƤŞƑ'ş şḗḗřṽīīƈḗḗ īīş ƀŭŭşẏ. Ŧřẏ ȧȧɠȧȧīīƞ īīƞ ȧȧ ƒḗḗẇ ḿīīƞŭŭŧḗḗş.
msg-not-sent-busy-for =
    Ŧħḗḗ ƤŞƑ'ş şḗḗřṽīīƈḗḗ īīş ƀŭŭşẏ. Ŧřẏ ȧȧɠȧȧīīƞ īīƞ { $seconds ->
        [one] { $seconds } şḗḗƈǿǿƞḓ
       *[other] { $seconds } şḗḗƈǿǿƞḓş
    }.
msg-not-sent-network = Ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ƈǿǿŭŭŀḓƞ'ŧ řḗḗȧȧƈħ ŧħḗḗ ƤŞƑ'ş şḗḗřṽīīƈḗḗ. Ƈħḗḗƈķ ẏǿǿŭŭř ƈǿǿƞƞḗḗƈŧīīǿǿƞ, ŧħḗḗƞ ŧřẏ ȧȧɠȧȧīīƞ.
msg-not-sent-offline = Ẏǿǿŭŭ şḗḗḗḗḿ ŧǿǿ ƀḗḗ ǿǿƒƒŀīīƞḗḗ. Ƈħḗḗƈķ ẏǿǿŭŭř ƈǿǿƞƞḗḗƈŧīīǿǿƞ, ŧħḗḗƞ ŧřẏ ȧȧɠȧȧīīƞ.
msg-not-sent-refused = Ŧħḗḗ ƤŞƑ'ş şḗḗřṽīīƈḗḗ řḗḗƒŭŭşḗḗḓ ŧħḗḗ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ (ḗḗřřǿǿř { $status }). Ẏǿǿŭŭř ȧȧƞşẇḗḗřş ȧȧřḗḗ ķḗḗƥŧ. Ŧřẏ ȧȧɠȧȧīīƞ ŀȧȧŧḗḗř, ǿǿř ḗḗḿȧȧīīŀ ɠřȧȧƞŧş@ƥẏŧħǿǿƞ.ǿǿřɠ.
msg-not-sent-server = Ŧħḗḗ ƤŞƑ'ş şḗḗřṽīīƈḗḗ ħȧȧḓ ȧȧ ƥřǿǿƀŀḗḗḿ (ḗḗřřǿǿř { $status }). Ŧřẏ ȧȧɠȧȧīīƞ īīƞ ȧȧ ƒḗḗẇ ḿīīƞŭŭŧḗḗş.
msg-not-sent-timeout = Ŧħḗḗ ƤŞƑ'ş şḗḗřṽīīƈḗḗ ŧǿǿǿǿķ ŧǿǿǿǿ ŀǿǿƞɠ ŧǿǿ ȧȧƞşẇḗḗř. Ŧřẏ ȧȧɠȧȧīīƞ īīƞ ȧȧ ḿǿǿḿḗḗƞŧ.
msg-notice-acknowledgements-changed = Ŧħḗḗ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗḿḗḗƞŧş ħȧȧṽḗḗ ƈħȧȧƞɠḗḗḓ şīīƞƈḗḗ ẏǿǿŭŭ şȧȧṽḗḗḓ ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ. Ƥŀḗḗȧȧşḗḗ řḗḗȧȧḓ ŧħḗḗḿ ȧȧƞḓ ŧīīƈķ ŧħḗḗḿ ȧȧɠȧȧīīƞ.
msg-notice-draft-outdated = ȦȦ şȧȧṽḗḗḓ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ƒřǿǿḿ ȧȧƞ ǿǿŀḓḗḗř ṽḗḗřşīīǿǿƞ ǿǿƒ ŧħīīş ƒǿǿřḿ ƈǿǿŭŭŀḓƞ'ŧ ƀḗḗ ŭŭşḗḗḓ, şǿǿ īīŧ ẇȧȧş řḗḗḿǿǿṽḗḗḓ. Şǿǿřřẏ: ẏǿǿŭŭ'ŀŀ ƞḗḗḗḗḓ ŧǿǿ ḗḗƞŧḗḗř ẏǿǿŭŭř ȧȧƞşẇḗḗřş ȧȧɠȧȧīīƞ.
msg-notice-draft-unreadable = ȦȦ şȧȧṽḗḗḓ { $program } ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ īīƞ ŧħīīş ƀřǿǿẇşḗḗř ƈǿǿŭŭŀḓƞ'ŧ ƀḗḗ řḗḗȧȧḓ, şǿǿ īīŧ ẇȧȧş řḗḗḿǿǿṽḗḗḓ. Şǿǿřřẏ: ẏǿǿŭŭ'ŀŀ ƞḗḗḗḗḓ ŧǿǿ ḗḗƞŧḗḗř ẏǿǿŭŭř ȧȧƞşẇḗḗřş ȧȧɠȧȧīīƞ.
msg-notice-storage-failed = Ẏǿǿŭŭř ŀȧȧŧḗḗşŧ ȧȧƞşẇḗḗřş ƈǿǿŭŭŀḓƞ'ŧ ƀḗḗ şȧȧṽḗḗḓ īīƞ ŧħīīş ƀřǿǿẇşḗḗř (īīŧş şŧǿǿřȧȧɠḗḗ ḿȧȧẏ ƀḗḗ ƒŭŭŀŀ). Ŧħḗḗẏ'řḗḗ ķḗḗƥŧ ẇħīīŀḗḗ ŧħīīş ƥȧȧɠḗḗ şŧȧȧẏş ǿǿƥḗḗƞ: ḓǿǿƞ'ŧ ƈŀǿǿşḗḗ īīŧ ƀḗḗƒǿǿřḗḗ ẏǿǿŭŭ şŭŭƀḿīīŧ.
msg-notice-storage-unavailable = Ẏǿǿŭŭř ȧȧƞşẇḗḗřş ƈȧȧƞ'ŧ ƀḗḗ şȧȧṽḗḗḓ īīƞ ŧħīīş ƀřǿǿẇşḗḗř (īīŧş şŧǿǿřȧȧɠḗḗ īīş ŧŭŭřƞḗḗḓ ǿǿƒƒ, ƀŀǿǿƈķḗḗḓ ǿǿř ƒŭŭŀŀ). Ŧħḗḗẏ'řḗḗ ķḗḗƥŧ ǿǿƞŀẏ ẇħīīŀḗḗ ŧħīīş ƥȧȧɠḗḗ şŧȧȧẏş ǿǿƥḗḗƞ.
msg-optional = (ǿǿƥŧīīǿǿƞȧȧŀ)
msg-post-call-for-proposals = Ƈȧȧŀŀ ƒǿǿř ƥřǿǿƥǿǿşȧȧŀş ȧȧƞƞǿǿŭŭƞƈḗḗḿḗḗƞŧ
msg-post-fundraiser = Ƒŭŭƞḓřȧȧīīşḗḗř ǿǿř ḓǿǿƞȧȧŧīīǿǿƞ řḗḗɋŭŭḗḗşŧ
msg-post-mission-statement = Ḿīīşşīīǿǿƞ şŧȧȧŧḗḗḿḗḗƞŧ
msg-post-other = Şǿǿḿḗḗŧħīīƞɠ ḗḗŀşḗḗ
msg-post-paid-registration = Ƥȧȧīīḓ řḗḗɠīīşŧřȧȧŧīīǿǿƞ ƥřǿǿḿǿǿŧīīǿǿƞ
msg-post-purchase = Ƥŭŭřƈħȧȧşḗḗ ǿǿř řḗḗṽḗḗƞŭŭḗḗ-řḗḗŀȧȧŧḗḗḓ ƈǿǿƞŧḗḗƞŧ
msg-post-save-the-date = Şȧȧṽḗḗ ŧħḗḗ ḓȧȧŧḗḗ
msg-post-schedule-release = Şƈħḗḗḓŭŭŀḗḗ řḗḗŀḗḗȧȧşḗḗ
msg-post-travel-grant = Ŧřȧȧṽḗḗŀ ɠřȧȧƞŧ ǿǿř şƈħǿǿŀȧȧřşħīīƥ ȧȧƞƞǿǿŭŭƞƈḗḗḿḗḗƞŧ
msg-quoted = “{ $text }”
msg-range = { $subject } ḿŭŭşŧ ƀḗḗ ƀḗḗŧẇḗḗḗḗƞ { $min } ȧȧƞḓ { $max }
msg-reason-acknowledgements-all = Ẏǿǿŭŭ'ṽḗḗ ȧȧɠřḗḗḗḗḓ ŧǿǿ ȧȧŀŀ ǿǿƒ ŧħḗḗḿ.
msg-reason-acknowledgements-missing =
    { $missing ->
        [one] { $missing } ǿǿƒ { $total } īīş ƞǿǿŧ ŧīīƈķḗḗḓ ẏḗḗŧ.
       *[other] { $missing } ǿǿƒ { $total } ȧȧřḗḗ ƞǿǿŧ ŧīīƈķḗḗḓ ẏḗḗŧ.
    } Ẏǿǿŭŭ'ŀŀ ƞḗḗḗḗḓ ŧǿǿ ȧȧɠřḗḗḗḗ ŧǿǿ ḗḗṽḗḗřẏ ǿǿƞḗḗ.
msg-reason-acknowledgements-none = Ƞǿǿƞḗḗ ǿǿƒ ŧħḗḗ { $total } īīş ŧīīƈķḗḗḓ ẏḗḗŧ. Ẏǿǿŭŭ'ŀŀ ƞḗḗḗḗḓ ŧǿǿ ȧȧɠřḗḗḗḗ ŧǿǿ ḗḗṽḗḗřẏ ǿǿƞḗḗ.
msg-reason-board-review = ǾǾṽḗḗř { $threshold }: ȧȧƒŧḗḗř ŧħḗḗ Ɠřȧȧƞŧş Ẇǿǿřķ Ɠřǿǿŭŭƥ, ŧħḗḗ ƤŞƑ Ɓǿǿȧȧřḓ ḓḗḗƈīīḓḗḗş. Ŧħḗḗ Ɓǿǿȧȧřḓ ḿḗḗḗḗŧş ḗḗṽḗḗřẏ ǿǿŧħḗḗř ḿǿǿƞŧħ, şǿǿ ŧħīīş ȧȧḓḓş ŧīīḿḗḗ.
msg-reason-budget-adds-up = Ŧħḗḗ ŀīīƞḗḗş ȧȧḓḓ ŭŭƥ ŧǿǿ ŧħḗḗ ȧȧḿǿǿŭŭƞŧ řḗḗɋŭŭḗḗşŧḗḗḓ, { $total }.
msg-reason-budget-mismatch = Ŧħḗḗ ŀīīƞḗḗş ȧȧḓḓ ŭŭƥ ŧǿǿ { $total }, ƀŭŭŧ ẏǿǿŭŭ ȧȧşķ ƒǿǿř { $requested }. Ƈħȧȧƞɠḗḗ ŧħḗḗ ŀīīƞḗḗş ǿǿř ŧħḗḗ ȧȧḿǿǿŭŭƞŧ řḗḗɋŭŭḗḗşŧḗḗḓ şǿǿ ŧħȧȧŧ ŧħḗḗẏ ḿȧȧŧƈħ.
msg-reason-code-of-conduct-in-about = Ẏǿǿŭŭ'ṽḗḗ ƈǿǿƞƒīīřḿḗḗḓ ŧħȧȧŧ ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ īīş īīƞ ŧħḗḗ ɠřǿǿŭŭƥ'ş ȦȦƀǿǿŭŭŧ şḗḗƈŧīīǿǿƞ.
msg-reason-code-of-conduct-no-reporting = Ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ ḿŭŭşŧ şȧȧẏ ħǿǿẇ ŧǿǿ řḗḗƥǿǿřŧ ȧȧ ƥřǿǿƀŀḗḗḿ ȧȧƞḓ ẇħǿǿ řḗḗşƥǿǿƞḓş. ȦȦḓḓ ŧħȧȧŧ ŧǿǿ īīŧ, ŧħḗḗƞ ȧȧƞşẇḗḗř “Ẏḗḗş”.
msg-reason-code-of-conduct-not-in-about = Ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ ḿŭŭşŧ ƀḗḗ īīƞƈŀŭŭḓḗḗḓ ǿǿř ŀīīƞķḗḗḓ īīƞ ŧħḗḗ ȦȦƀǿǿŭŭŧ şḗḗƈŧīīǿǿƞ ǿǿƒ ŧħḗḗ ɠřǿǿŭŭƥ'ş Ḿḗḗḗḗŧŭŭƥ ƥȧȧɠḗḗ. ȦȦḓḓ īīŧ ŧħḗḗřḗḗ, ŧħḗḗƞ ȧȧƞşẇḗḗř “Ẏḗḗş”.
msg-reason-code-of-conduct-with-reporting = Ẏǿǿŭŭ'ṽḗḗ ƈǿǿƞƒīīřḿḗḗḓ ŧħȧȧŧ ŧħḗḗ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ şȧȧẏş ħǿǿẇ ŧǿǿ řḗḗƥǿǿřŧ ȧȧ ƥřǿǿƀŀḗḗḿ ȧȧƞḓ ẇħǿǿ řḗḗşƥǿǿƞḓş.
msg-reason-community-impact = Ŧħḗḗ ƤŞƑ řḗḗṽīīḗḗẇş ŧħīīş ƒřǿǿḿ ẏǿǿŭŭř ḓḗḗşƈřīīƥŧīīǿǿƞ: ŧħīīş ƒǿǿřḿ ƈȧȧƞ'ŧ ĵŭŭḓɠḗḗ īīŧ.
msg-reason-essentials-marked =
    { $count ->
        [one] { $count } ŀīīƞḗḗ īīş ḿȧȧřķḗḗḓ ḗḗşşḗḗƞŧīīȧȧŀ.
       *[other] { $count } ŀīīƞḗḗş ȧȧřḗḗ ḿȧȧřķḗḗḓ ḗḗşşḗḗƞŧīīȧȧŀ.
    }
msg-reason-event-past = { $date } īīş ŧǿǿḓȧȧẏ ǿǿř ħȧȧş ƥȧȧşşḗḗḓ. Ŧħḗḗ ƤŞƑ ƥȧȧřŧƞḗḗřş ẇīīŧħ ḗḗṽḗḗƞŧş ŧħȧȧŧ ħȧȧṽḗḗƞ'ŧ ħȧȧƥƥḗḗƞḗḗḓ ẏḗḗŧ: ƈħḗḗƈķ ŧħḗḗ ḓȧȧŧḗḗ.
msg-reason-events-held =
    { $held ->
        [one] { $held } ḗḗṽḗḗƞŧ
       *[other] { $held } ḗḗṽḗḗƞŧş
    } īīƞ ŧħḗḗ ŀȧȧşŧ 12 ḿǿǿƞŧħş: ȧȧŧ ŀḗḗȧȧşŧ { $minimum } ȧȧ ẏḗḗȧȧř ȧȧřḗḗ ƞḗḗḗḗḓḗḗḓ.
msg-reason-first-timer-advice =
    ĪĪƞ ŧīīḿḗḗ, ƀŭŭŧ ƒīīřşŧ-ŧīīḿḗḗ ȧȧƥƥŀīīƈȧȧƞŧş ȧȧřḗḗ ḗḗƞƈǿǿŭŭřȧȧɠḗḗḓ ŧǿǿ ȧȧƥƥŀẏ { $weeks ->
        [one] { $weeks } ẇḗḗḗḗķ
       *[other] { $weeks } ẇḗḗḗḗķş
    } ȧȧħḗḗȧȧḓ, ƀẏ { $advised_by }. ȦȦƥƥŀẏ ȧȧş şǿǿǿǿƞ ȧȧş ẏǿǿŭŭ ƈȧȧƞ: ŧħḗḗ ŀȧȧşŧ ḓȧȧẏ īīş { $apply_by }.
msg-reason-grant-advised-earlier =
    ĪĪƞ ŧīīḿḗḗ, ƀŭŭŧ řḗḗɋŭŭḗḗşŧş ȧȧřḗḗ ȧȧḓṽīīşḗḗḓ { $months ->
        [one] { $months } ḿǿǿƞŧħ
       *[other] { $months } ḿǿǿƞŧħş
    } ȧȧħḗḗȧȧḓ, ƀẏ { $advised_by }, şǿǿ ŧħȧȧŧ ŧħḗḗ Ɠřȧȧƞŧş Ẇǿǿřķ Ɠřǿǿŭŭƥ ħȧȧş ŧīīḿḗḗ ŧǿǿ řḗḗṽīīḗḗẇ. Ŧħḗḗ ŀȧȧşŧ ḓȧȧẏ īīş { $apply_by }.
msg-reason-grant-board-time-advice =
    ĪĪƞ ŧīīḿḗḗ, ƀŭŭŧ ȧȧ řḗḗɋŭŭḗḗşŧ ǿǿṽḗḗř { $amount } ɠǿǿḗḗş ŧǿǿ ŧħḗḗ ƤŞƑ Ɓǿǿȧȧřḓ, ẇħīīƈħ ḿḗḗḗḗŧş ḗḗṽḗḗřẏ ǿǿŧħḗḗř ḿǿǿƞŧħ ȧȧƞḓ ḿȧȧẏ ŧȧȧķḗḗ ŭŭƥ ŧǿǿ ŧẇǿǿ ḿǿǿƞŧħş ŧǿǿ şḗḗḗḗ īīŧ. Řḗḗɋŭŭḗḗşŧş ȧȧřḗḗ ȧȧḓṽīīşḗḗḓ { $months ->
        [one] { $months } ḿǿǿƞŧħ
       *[other] { $months } ḿǿǿƞŧħş
    } ȧȧħḗḗȧȧḓ, ƀẏ { $advised_by }. Ŧħḗḗ ŀȧȧşŧ ḓȧȧẏ īīş { $apply_by }.
msg-reason-grant-in-window = ĪĪƞ ŧīīḿḗḗ: ȧȧḓṽīīşḗḗḓ ƀẏ { $advised_by }, ȧȧƞḓ ŧħḗḗ ŀȧȧşŧ ḓȧȧẏ īīş { $apply_by }.
msg-reason-grant-too-late =
    Ŧǿǿǿǿ ŀȧȧŧḗḗ: ɠřȧȧƞŧ řḗḗɋŭŭḗḗşŧş ḿŭŭşŧ ƀḗḗ şḗḗƞŧ ȧȧŧ ŀḗḗȧȧşŧ { $weeks ->
        [one] { $weeks } ẇḗḗḗḗķ
       *[other] { $weeks } ẇḗḗḗḗķş
    } ƀḗḗƒǿǿřḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ. Ŧħḗḗ ŀȧȧşŧ ḓȧȧẏ ẇȧȧş { $last_day }.
msg-reason-group-applies-once = Ḿḗḗḗḗŧŭŭƥş, ŭŭşḗḗř ɠřǿǿŭŭƥş ȧȧƞḓ ƤẏĿȧȧḓīīḗḗş ƈħȧȧƥŧḗḗřş ȧȧƥƥŀẏ ǿǿƞƈḗḗ ƒǿǿř ŧħḗḗ ẇħǿǿŀḗḗ ɠřǿǿŭŭƥ, ƞǿǿŧ ƒǿǿř ḗḗȧȧƈħ ḗḗṽḗḗƞŧ. Ḿȧȧķḗḗ şŭŭřḗḗ ŧħīīş ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ īīş ƒǿǿř ŧħḗḗ ɠřǿǿŭŭƥ.
msg-reason-gwg-decides = ŬŬƥ ŧǿǿ { $threshold }: ŧħḗḗ Ɠřȧȧƞŧş Ẇǿǿřķ Ɠřǿǿŭŭƥ ḓḗḗƈīīḓḗḗş.
msg-reason-in-window = ĪĪƞ ŧīīḿḗḗ: ẏǿǿŭŭ ƈȧȧƞ ȧȧƥƥŀẏ ƒřǿǿḿ { $apply_from } ŭŭƞŧīīŀ { $apply_by }.
msg-reason-meetup-group = Ŧħīīş īīş ŧħḗḗ Ḿḗḗḗḗŧŭŭƥ ɠřǿǿŭŭƥ “{ $group }”.
msg-reason-new-group-planned =
    { $held } ħḗḗŀḓ şǿǿ ƒȧȧř, ƀŭŭŧ { $planned } ƥŀȧȧƞƞḗḗḓ ƒǿǿř ŧħḗḗ ƞḗḗẋŧ 12 ḿǿǿƞŧħş. Ẏǿǿŭŭ ƈȧȧƞ ȧȧƥƥŀẏ ȧȧş ȧȧ ƞḗḗẇ ɠřǿǿŭŭƥ: ŧħḗḗ ƤŞƑ ẇīīŀŀ ŀǿǿǿǿķ ƒǿǿř ȧȧŧ ŀḗḗȧȧşŧ { $minimum ->
        [one] { $minimum } ḗḗṽḗḗƞŧ
       *[other] { $minimum } ḗḗṽḗḗƞŧş
    } ȧȧ ẏḗḗȧȧř.
msg-reason-no-essentials = Ƞǿǿ ŀīīƞḗḗ īīş ḿȧȧřķḗḗḓ ḗḗşşḗḗƞŧīīȧȧŀ. Ŧħḗḗ ƤŞƑ ḿȧȧẏ ȧȧƥƥřǿǿṽḗḗ ŀḗḗşş ŧħȧȧƞ ẏǿǿŭŭ ȧȧşķ ƒǿǿř: ḿȧȧřķ ŧħḗḗ ƈǿǿşŧş ŧħḗḗ ḗḗṽḗḗƞŧ ƈȧȧƞ'ŧ ḓǿǿ ẇīīŧħǿǿŭŭŧ.
msg-reason-no-other-sources = Ƞǿǿ ǿǿŧħḗḗř şƥǿǿƞşǿǿř ǿǿř şǿǿŭŭřƈḗḗ īīş ŀīīşŧḗḗḓ. Ŧħḗḗ ƤŞƑ şŭŭƥƥŀḗḗḿḗḗƞŧş ǿǿŧħḗḗř ƒŭŭƞḓīīƞɠ: ŀīīşŧ ŧħḗḗ ǿǿŧħḗḗřş īīƒ ẏǿǿŭŭ ħȧȧṽḗḗ ŧħḗḗḿ.
msg-reason-no-swag = Ƞǿǿ ŀīīƞḗḗ ǿǿƒ ŧħḗḗ ƀŭŭḓɠḗḗŧ īīş şẇȧȧɠ.
msg-reason-not-meetup-group = Ŧħīīş īīş ƞǿǿŧ ȧȧ Ḿḗḗḗḗŧŭŭƥ ɠřǿǿŭŭƥ ƥȧȧɠḗḗ. ḖḖƞŧḗḗř ŧħḗḗ ɠřǿǿŭŭƥ'ş ȧȧḓḓřḗḗşş ǿǿƞ ḿḗḗḗḗŧŭŭƥ.ƈǿǿḿ, ŀīīķḗḗ ħŧŧƥş://ẇẇẇ.ḿḗḗḗḗŧŭŭƥ.ƈǿǿḿ/ẏǿǿŭŭř-ɠřǿǿŭŭƥ-ƞȧȧḿḗḗ/.
msg-reason-other-sources-listed =
    { $count ->
        [one] { $count } ǿǿŧħḗḗř şǿǿŭŭřƈḗḗ ǿǿƒ ḿǿǿƞḗḗẏ īīş ŀīīşŧḗḗḓ.
       *[other] { $count } ǿǿŧħḗḗř şǿǿŭŭřƈḗḗş ǿǿƒ ḿǿǿƞḗḗẏ ȧȧřḗḗ ŀīīşŧḗḗḓ.
    }
msg-reason-python-share-below-guidance = { $share } īīş ȧȧ ḿȧȧĵǿǿřīīŧẏ, şǿǿ ẏǿǿŭŭ ƈȧȧƞ ȧȧƥƥŀẏ, ƀŭŭŧ ŧħḗḗ ƤŞƑ'ş ɠŭŭīīḓȧȧƞƈḗḗ ƒǿǿř ǿǿřɠȧȧƞīīẑḗḗřş ȧȧşķş ƒǿǿř ȧȧŧ ŀḗḗȧȧşŧ { $guidance } Ƥẏŧħǿǿƞ ƈǿǿƞŧḗḗƞŧ.
msg-reason-python-share-majority = { $share } īīş Ƥẏŧħǿǿƞ-řḗḗŀȧȧŧḗḗḓ: ḿǿǿřḗḗ ŧħȧȧƞ { $threshold }.
msg-reason-python-share-meets-guidance = { $share } Ƥẏŧħǿǿƞ ƈǿǿƞŧḗḗƞŧ ḿḗḗḗḗŧş ŧħḗḗ ƤŞƑ'ş ɠŭŭīīḓȧȧƞƈḗḗ ǿǿƒ ȧȧŧ ŀḗḗȧȧşŧ { $guidance }.
msg-reason-python-share-not-majority = { $share } īīş ƞǿǿŧ ḗḗƞǿǿŭŭɠħ: ḿǿǿřḗḗ ŧħȧȧƞ { $threshold } ḿŭŭşŧ ƀḗḗ ȧȧƀǿǿŭŭŧ Ƥẏŧħǿǿƞ. ĪĪƒ ḿǿǿřḗḗ ǿǿƒ ŧħḗḗ ƈǿǿƞŧḗḗƞŧ īīş ȧȧƀǿǿŭŭŧ Ƥẏŧħǿǿƞ ŧħȧȧƞ ẏǿǿŭŭ şȧȧīīḓ, ƈħȧȧƞɠḗḗ ŧħḗḗ ƥḗḗřƈḗḗƞŧȧȧɠḗḗ.
msg-reason-request-above-budget = Ẏǿǿŭŭ ȧȧşķ ƒǿǿř { $requested }, ḿǿǿřḗḗ ŧħȧȧƞ ŧħḗḗ ḗḗṽḗḗƞŧ'ş ẇħǿǿŀḗḗ ƀŭŭḓɠḗḗŧ ǿǿƒ { $total }. Ƈħḗḗƈķ ƀǿǿŧħ ȧȧḿǿǿŭŭƞŧş.
msg-reason-request-is-whole-budget = Ẏǿǿŭŭ ȧȧşķ ƒǿǿř { $requested }, ŧħḗḗ ẇħǿǿŀḗḗ ƀŭŭḓɠḗḗŧ. ȦȦ ƤŞƑ ɠřȧȧƞŧ ẇǿǿŭŭŀḓ ƞǿǿŧ ŭŭşŭŭȧȧŀŀẏ ƥȧȧẏ ƒǿǿř ȧȧ ẇħǿǿŀḗḗ ḗḗṽḗḗƞŧ: ŀīīşŧ ŧħḗḗ ǿǿŧħḗḗř şǿǿŭŭřƈḗḗş ǿǿƒ ḿǿǿƞḗḗẏ.
msg-reason-request-within-budget = { $requested } ǿǿƒ ȧȧ ŧǿǿŧȧȧŀ ƀŭŭḓɠḗḗŧ ǿǿƒ { $total }.
msg-reason-single-event = Ŧħīīş ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ƈǿǿṽḗḗřş ŧħīīş ǿǿƞḗḗ ḗḗṽḗḗƞŧ ǿǿř īīƞīīŧīīȧȧŧīīṽḗḗ.
msg-reason-swag-line = Ɓŭŭḓɠḗḗŧ ŀīīƞḗḗ { $line } īīş şẇȧȧɠ, ẇħīīƈħ ŧħḗḗ ƤŞƑ ƞḗḗṽḗḗř ƒŭŭƞḓş. Řḗḗḿǿǿṽḗḗ īīŧ, ǿǿř ḿǿǿṽḗḗ ŧħḗḗ ḿǿǿƞḗḗẏ ŧǿǿ ȧȧƞǿǿŧħḗḗř ƈǿǿşŧ.
msg-reason-swag-line-described = Ɓŭŭḓɠḗḗŧ ŀīīƞḗḗ { $line } (“{ $description }”) īīş şẇȧȧɠ, ẇħīīƈħ ŧħḗḗ ƤŞƑ ƞḗḗṽḗḗř ƒŭŭƞḓş. Řḗḗḿǿǿṽḗḗ īīŧ, ǿǿř ḿǿǿṽḗḗ ŧħḗḗ ḿǿǿƞḗḗẏ ŧǿǿ ȧȧƞǿǿŧħḗḗř ƈǿǿşŧ.
msg-reason-too-early =
    Ŧǿǿǿǿ ḗḗȧȧřŀẏ: ȧȧƥƥŀīīƈȧȧŧīīǿǿƞş ǿǿƥḗḗƞ { $months ->
        [one] { $months } ḿǿǿƞŧħ
       *[other] { $months } ḿǿǿƞŧħş
    } ƀḗḗƒǿǿřḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ. Ẏǿǿŭŭ ƈȧȧƞ ȧȧƥƥŀẏ ƒřǿǿḿ { $opens }.
msg-reason-too-few-events =
    { $held } ħḗḗŀḓ ȧȧƞḓ { $planned } ƥŀȧȧƞƞḗḗḓ: ȧȧ ɠřǿǿŭŭƥ ḿŭŭşŧ ħǿǿŀḓ ȧȧŧ ŀḗḗȧȧşŧ { $minimum ->
        [one] { $minimum } ḗḗṽḗḗƞŧ
       *[other] { $minimum } ḗḗṽḗḗƞŧş
    } ȧȧ ẏḗḗȧȧř. Ƥŀȧȧƞ ȧȧŧ ŀḗḗȧȧşŧ { $minimum ->
        [one] { $minimum } ḗḗṽḗḗƞŧ
       *[other] { $minimum } ḗḗṽḗḗƞŧş
    }, ŧħḗḗƞ ȧȧƥƥŀẏ.
msg-reason-too-late =
    Ŧǿǿǿǿ ŀȧȧŧḗḗ: ȧȧƥƥŀīīƈȧȧŧīīǿǿƞş ḿŭŭşŧ ƀḗḗ şḗḗƞŧ ȧȧŧ ŀḗḗȧȧşŧ { $weeks ->
        [one] { $weeks } ẇḗḗḗḗķ
       *[other] { $weeks } ẇḗḗḗḗķş
    } ƀḗḗƒǿǿřḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ. Ŧħḗḗ ŀȧȧşŧ ḓȧȧẏ ŧǿǿ ȧȧƥƥŀẏ ẇȧȧş { $last_day }.
msg-reason-web-page-established =
    Ŧħḗḗ ȧȧḓḓřḗḗşş īīş { $kind ->
        [meetup] ȧȧ Ḿḗḗḗḗŧŭŭƥ ƥȧȧɠḗḗ
        [luma] ȧȧ Ŀŭŭḿȧȧ ƥȧȧɠḗḗ
        [social-media] ȧȧ şǿǿƈīīȧȧŀ ḿḗḗḓīīȧȧ ƥřǿǿƒīīŀḗḗ ǿǿř ƥǿǿşŧ
        [link-shortener] ȧȧ şħǿǿřŧḗḗƞḗḗḓ ŀīīƞķ
        [file-sharing] ȧȧ şħȧȧřḗḗḓ ƒīīŀḗḗ ǿǿř ƒǿǿŀḓḗḗř
       *[own-domain] ȧȧ ẇḗḗƀşīīŧḗḗ ǿǿƒ īīŧş ǿǿẇƞ
    }, ẇħīīƈħ ƈǿǿŭŭƞŧş ȧȧş ȧȧƞ ḗḗşŧȧȧƀŀīīşħḗḗḓ ẇḗḗƀ ƥȧȧɠḗḗ.
msg-reason-web-page-weak =
    Ŧħḗḗ ȧȧḓḓřḗḗşş ŀǿǿǿǿķş ŀīīķḗḗ { $kind ->
        [meetup] ȧȧ Ḿḗḗḗḗŧŭŭƥ ƥȧȧɠḗḗ
        [luma] ȧȧ Ŀŭŭḿȧȧ ƥȧȧɠḗḗ
        [own-domain] ȧȧ ẇḗḗƀşīīŧḗḗ ǿǿƒ īīŧş ǿǿẇƞ
        [link-shortener] ȧȧ şħǿǿřŧḗḗƞḗḗḓ ŀīīƞķ
        [file-sharing] ȧȧ şħȧȧřḗḗḓ ƒīīŀḗḗ ǿǿř ƒǿǿŀḓḗḗř
       *[social-media] ȧȧ şǿǿƈīīȧȧŀ ḿḗḗḓīīȧȧ ƥřǿǿƒīīŀḗḗ ǿǿř ƥǿǿşŧ
    }. Ẏǿǿŭŭ ƈȧȧƞ şŧīīŀŀ ȧȧƥƥŀẏ, ƀŭŭŧ ŧħḗḗ ƤŞƑ ŀǿǿǿǿķş ƒǿǿř ȧȧƞ ḗḗşŧȧȧƀŀīīşħḗḗḓ ƥȧȧɠḗḗ: ŧħḗḗ ḗḗṽḗḗƞŧ'ş ǿǿẇƞ ẇḗḗƀşīīŧḗḗ, ǿǿř īīŧş Ḿḗḗḗḗŧŭŭƥ ǿǿř Ŀŭŭḿȧȧ ƥȧȧɠḗḗ. ŬŬşḗḗ ǿǿƞḗḗ ǿǿƒ ŧħǿǿşḗḗ īīƒ ẏǿǿŭŭ ħȧȧṽḗḗ īīŧ.
msg-receipt-clock-skew = Ŧħḗḗ ḓȧȧŧḗḗ ǿǿř ŧīīḿḗḗ ǿǿƞ ẏǿǿŭŭř ḓḗḗṽīīƈḗḗ şḗḗḗḗḿş ŧǿǿ ƀḗḗ ẇřǿǿƞɠ, şǿǿ ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ'ş ḓȧȧŧḗḗş ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ƈħḗḗƈķḗḗḓ. Şḗḗŧ ẏǿǿŭŭř ḓḗḗṽīīƈḗḗ ŧǿǿ ŧħḗḗ ƈǿǿřřḗḗƈŧ ḓȧȧŧḗḗ ȧȧƞḓ ŧīīḿḗḗ, ŧħḗḗƞ şŭŭƀḿīīŧ ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ȧȧɠȧȧīīƞ.
msg-receipt-offset-out-of-range = Ẏǿǿŭŭř ḓḗḗṽīīƈḗḗ'ş ŧīīḿḗḗ ẑǿǿƞḗḗ şḗḗŧŧīīƞɠ şḗḗḗḗḿş ŧǿǿ ƀḗḗ ẇřǿǿƞɠ, şǿǿ ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ'ş ḓȧȧŧḗḗş ƈǿǿŭŭŀḓ ƞǿǿŧ ƀḗḗ ƈħḗḗƈķḗḗḓ. Ƈħḗḗƈķ ŧħḗḗ ŧīīḿḗḗ ẑǿǿƞḗḗ ǿǿƞ ẏǿǿŭŭř ḓḗḗṽīīƈḗḗ, ŧħḗḗƞ şŭŭƀḿīīŧ ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ȧȧɠȧȧīīƞ.
msg-refused-answer = Ƈħḗḗƈķ ẏǿǿŭŭř ȧȧƞşẇḗḗř ŧǿǿ “{ $question }”: ŧħḗḗ ƤŞƑ'ş şḗḗřṽīīƈḗḗ ḓīīḓ ƞǿǿŧ ȧȧƈƈḗḗƥŧ īīŧ
msg-refused-answer-detail = { $question }: { $detail }
msg-refused-application = Ŧħḗḗ ƤŞƑ'ş şḗḗřṽīīƈḗḗ ḓīīḓ ƞǿǿŧ ȧȧƈƈḗḗƥŧ ŧħḗḗ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ: { $detail }
msg-refused-application-no-details = Ŧħḗḗ ƤŞƑ'ş şḗḗřṽīīƈḗḗ ḓīīḓ ƞǿǿŧ ȧȧƈƈḗḗƥŧ ŧħḗḗ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ: ƞǿǿ ḓḗḗŧȧȧīīŀş ẇḗḗřḗḗ ɠīīṽḗḗƞ
msg-refused-unmatched = Ŧħḗḗ ƤŞƑ'ş şḗḗřṽīīƈḗḗ řḗḗƥǿǿřŧḗḗḓ ȧȧ ƥřǿǿƀŀḗḗḿ ŧħȧȧŧ ḓǿǿḗḗş ƞǿǿŧ ḿȧȧŧƈħ ȧȧƞẏ ɋŭŭḗḗşŧīīǿǿƞ ({ $pointer }): { $detail }
msg-refused-unmatched-no-details = Ŧħḗḗ ƤŞƑ'ş şḗḗřṽīīƈḗḗ řḗḗƥǿǿřŧḗḗḓ ȧȧ ƥřǿǿƀŀḗḗḿ ŧħȧȧŧ ḓǿǿḗḗş ƞǿǿŧ ḿȧȧŧƈħ ȧȧƞẏ ɋŭŭḗḗşŧīīǿǿƞ ({ $pointer }): ƞǿǿ ḓḗḗŧȧȧīīŀş ẇḗḗřḗḗ ɠīīṽḗḗƞ
msg-reminder-advised-by = Ŧħḗḗ ƤŞƑ ȧȧḓṽīīşḗḗş şḗḗƞḓīīƞɠ ẏǿǿŭŭř { $program } ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ƀẏ ŧǿǿḓȧȧẏ, ŧǿǿ ŀḗḗȧȧṽḗḗ ŧīīḿḗḗ ƒǿǿř īīŧş řḗḗṽīīḗḗẇ.
msg-reminder-advised-by-title = ȦȦƥƥŀẏ ƒǿǿř { $program } ŧǿǿḓȧȧẏ
msg-reminder-apply-by = Ŧǿǿḓȧȧẏ īīş ŧħḗḗ ŀȧȧşŧ ḓȧȧẏ ŧǿǿ şḗḗƞḓ ẏǿǿŭŭř { $program } ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ īīƞ ŧīīḿḗḗ.
msg-reminder-apply-by-title = Ŀȧȧşŧ ḓȧȧẏ ŧǿǿ ȧȧƥƥŀẏ ƒǿǿř { $program }
msg-reminder-decision-by = Ŧħḗḗ ƤŞƑ ȧȧīīḿş ŧǿǿ ḓḗḗƈīīḓḗḗ ǿǿƞ ẏǿǿŭŭř { $program } ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ƀẏ ŧǿǿḓȧȧẏ. ĪĪƒ ẏǿǿŭŭ ħȧȧṽḗḗƞ'ŧ ħḗḗȧȧřḓ, ḗḗḿȧȧīīŀ ɠřȧȧƞŧş@ƥẏŧħǿǿƞ.ǿǿřɠ.
msg-reminder-decision-by-title = ḖḖẋƥḗḗƈŧ ŧħḗḗ ƤŞƑ'ş { $program } ḓḗḗƈīīşīīǿǿƞ
msg-reminder-event-on = Ẏǿǿŭŭř ḗḗṽḗḗƞŧ īīş ǿǿƞ { $date }.
msg-reminder-for-advised-by = (ŧħḗḗ ḓȧȧŧḗḗ ẏǿǿŭŭ'řḗḗ ȧȧḓṽīīşḗḗḓ ŧǿǿ ȧȧƥƥŀẏ ƀẏ)
msg-reminder-for-apply-by = (ŧħḗḗ ŀȧȧşŧ ḓȧȧẏ ŧǿǿ ȧȧƥƥŀẏ)
msg-reminder-for-decision-by = (ŧħḗḗ ŀȧȧŧḗḗşŧ ḓȧȧŧḗḗ ŧǿǿ ḗḗẋƥḗḗƈŧ ȧȧ ḓḗḗƈīīşīīǿǿƞ)
msg-reminder-for-window-opens = (ȧȧƥƥŀīīƈȧȧŧīīǿǿƞş ǿǿƥḗḗƞ)
msg-reminder-window-opens =
    ȦȦƥƥŀīīƈȧȧŧīīǿǿƞş ƒǿǿř ŧħḗḗ { $program } ƥřǿǿɠřȧȧḿ ǿǿƥḗḗƞ ŧǿǿḓȧȧẏ, { $months ->
        [one] { $months } ḿǿǿƞŧħ
       *[other] { $months } ḿǿǿƞŧħş
    } ƀḗḗƒǿǿřḗḗ ẏǿǿŭŭř ḗḗṽḗḗƞŧ.
msg-reminder-window-opens-apply-by =
    ȦȦƥƥŀẏ ȧȧŧ ŀḗḗȧȧşŧ { $weeks ->
        [one] { $weeks } ẇḗḗḗḗķ
       *[other] { $weeks } ẇḗḗḗḗķş
    } ƀḗḗƒǿǿřḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ.
msg-reminder-window-opens-title = ȦȦƥƥŀẏ ƒǿǿř { $program }: ȧȧƥƥŀīīƈȧȧŧīīǿǿƞş ǿǿƥḗḗƞ ŧǿǿḓȧȧẏ
msg-remove = Řḗḗḿǿǿṽḗḗ
msg-reshare-cues = Ẇǿǿřḓş ƒǿǿŭŭƞḓ: { $found }. Ŧħḗḗ ƤŞƑ ḓǿǿḗḗşƞ'ŧ řḗḗ-şħȧȧřḗḗ ƒŭŭƞḓřȧȧīīşḗḗřş, ƥȧȧīīḓ řḗḗɠīīşŧřȧȧŧīīǿǿƞ ƥřǿǿḿǿǿŧīīǿǿƞş ǿǿř şȧȧŀḗḗş: ŧȧȧķḗḗ ŧħḗḗḿ ǿǿŭŭŧ, ǿǿř ḗḗẋƥḗḗƈŧ ŧħḗḗ ƤŞƑ ŧǿǿ ḓḗḗƈīīḓḗḗ.
msg-reshare-decided-by-psf = Ḓḗḗƈīīḓḗḗḓ ƀẏ ŧħḗḗ ƤŞƑ
msg-reshare-eligible = ḖḖŀīīɠīīƀŀḗḗ: ŧħḗḗ ƤŞƑ ḿȧȧẏ řḗḗ-şħȧȧřḗḗ ŧħīīş ƥǿǿşŧ
msg-reshare-fact-calendar = Ẇħḗḗƞ ȧȧ ƥǿǿşŧ īīş řḗḗ-şħȧȧřḗḗḓ ḓḗḗƥḗḗƞḓş ǿǿƞ ŧħḗḗ ƤŞƑ'ş şǿǿƈīīȧȧŀ ḿḗḗḓīīȧȧ ƈȧȧŀḗḗƞḓȧȧř.
msg-reshare-fact-content = Ƥǿǿşŧş ḿŭŭşŧ ƀḗḗ ƥřǿǿƒḗḗşşīīǿǿƞȧȧŀ ȧȧƞḓ īīƞƈŀŭŭşīīṽḗḗ. Ƈǿǿƞŧḗḗƞŧ ŧħȧȧŧ īīş ḓīīşƈřīīḿīīƞȧȧŧǿǿřẏ, şḗḗẋŭŭȧȧŀīīẑḗḗḓ ǿǿř ǿǿŧħḗḗřẇīīşḗḗ īīƞȧȧƥƥřǿǿƥřīīȧȧŧḗḗ ẇīīŀŀ ƞǿǿŧ ƀḗḗ şħȧȧřḗḗḓ.
msg-reshare-fact-most =
    Ŧħḗḗ ƤŞƑ řḗḗ-şħȧȧřḗḗş ȧȧŧ ḿǿǿşŧ { $max ->
        [one] { $max } ƥǿǿşŧ
       *[other] { $max } ƥǿǿşŧş
    } ƥḗḗř Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗř, ȧȧş ŧħḗḗ Ɠřȧȧƞŧş Ẇǿǿřķ Ɠřǿǿŭŭƥ ħȧȧş ƈȧȧƥȧȧƈīīŧẏ.
msg-reshare-intro = ȦȦş ȧȧ Ƈǿǿḿḿŭŭƞīīŧẏ Ƥȧȧřŧƞḗḗř, ŧħḗḗ ƤŞƑ ḿȧȧẏ řḗḗ-şħȧȧřḗḗ ŭŭƥ ŧǿǿ { $max } ǿǿƒ ẏǿǿŭŭř şǿǿƈīīȧȧŀ ḿḗḗḓīīȧȧ ƥǿǿşŧş ǿǿƞ īīŧş ĿīīƞķḗḗḓĪĪƞ, Ɓŀŭŭḗḗşķẏ, Ḿȧȧşŧǿǿḓǿǿƞ ȧȧƞḓ Ẋ ȧȧƈƈǿǿŭŭƞŧş. Ƈħḗḗƈķ ȧȧ ƥǿǿşŧ ħḗḗřḗḗ ƀḗḗƒǿǿřḗḗ ẏǿǿŭŭ ȧȧşķ.
msg-reshare-not-eligible = Ƞǿǿŧ ḗḗŀīīɠīīƀŀḗḗ: ŧħḗḗ ƤŞƑ ḓǿǿḗḗşƞ'ŧ řḗḗ-şħȧȧřḗḗ ŧħīīş ķīīƞḓ ǿǿƒ ƥǿǿşŧ
msg-reshare-reason-contradicted = Ẏǿǿŭŭ ƈħǿǿşḗḗ “{ $kind }”, ƀŭŭŧ ŧħḗḗ ŧḗḗẋŧ řḗḗȧȧḓş ŀīīķḗḗ ȧȧ ƥǿǿşŧ ŧħḗḗ ƤŞƑ ḓǿǿḗḗşƞ'ŧ řḗḗ-şħȧȧřḗḗ, şǿǿ ŧħḗḗ ƤŞƑ ẇīīŀŀ ḓḗḗƈīīḓḗḗ.
msg-reshare-reason-decided-by-psf = Ŧħīīş ķīīƞḓ ǿǿƒ ƥǿǿşŧ īīş ǿǿƞ ƞḗḗīīŧħḗḗř ǿǿƒ ŧħḗḗ ƤŞƑ'ş ŀīīşŧş, şǿǿ ŧħḗḗ ƤŞƑ ḓḗḗƈīīḓḗḗş ẇħḗḗƞ ẏǿǿŭŭ ȧȧşķ.
msg-reshare-reason-eligible = “{ $kind }” īīş ǿǿƞḗḗ ǿǿƒ ŧħḗḗ ƥǿǿşŧş ŧħḗḗ ƤŞƑ řḗḗ-şħȧȧřḗḗş: şȧȧṽḗḗ ŧħḗḗ ḓȧȧŧḗḗş, ḿīīşşīīǿǿƞ şŧȧȧŧḗḗḿḗḗƞŧş, ƈȧȧŀŀ ƒǿǿř ƥřǿǿƥǿǿşȧȧŀş ȧȧƞƞǿǿŭŭƞƈḗḗḿḗḗƞŧş, şƈħḗḗḓŭŭŀḗḗ řḗḗŀḗḗȧȧşḗḗş, ȧȧƞḓ ŧřȧȧṽḗḗŀ ɠřȧȧƞŧ ǿǿř şƈħǿǿŀȧȧřşħīīƥ ȧȧƞƞǿǿŭŭƞƈḗḗḿḗḗƞŧş.
msg-reshare-reason-not-eligible = “{ $kind }” īīş ǿǿƞḗḗ ǿǿƒ ŧħḗḗ ƥǿǿşŧş ŧħḗḗ ƤŞƑ ḓǿǿḗḗşƞ'ŧ řḗḗ-şħȧȧřḗḗ: ƒŭŭƞḓřȧȧīīşḗḗřş ǿǿř ḓǿǿƞȧȧŧīīǿǿƞ řḗḗɋŭŭḗḗşŧş, ƥȧȧīīḓ řḗḗɠīīşŧřȧȧŧīīǿǿƞ ƥřǿǿḿǿǿŧīīǿǿƞş, ȧȧƞḓ ƥŭŭřƈħȧȧşḗḗş ǿǿř řḗḗṽḗḗƞŭŭḗḗ-řḗḗŀȧȧŧḗḗḓ ƈǿǿƞŧḗḗƞŧ.
msg-rule-code-of-conduct = ȦȦ Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ ẇīīŧħ ƈŀḗḗȧȧř řḗḗƥǿǿřŧīīƞɠ
msg-rule-cp-acknowledgements = Ŧħḗḗ ḗḗīīɠħŧ ȧȧƈķƞǿǿẇŀḗḗḓɠḗḗḿḗḗƞŧş
msg-rule-cp-community-impact = Ƥǿǿşīīŧīīṽḗḗ īīḿƥȧȧƈŧ ǿǿƞ ŧħḗḗ Ƥẏŧħǿǿƞ ƈǿǿḿḿŭŭƞīīŧẏ
msg-rule-cp-group-not-event = ǾǾƞḗḗ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ƥḗḗř ɠřǿǿŭŭƥ ǿǿř ḗḗṽḗḗƞŧ
msg-rule-cp-python-share = Ḿǿǿşŧŀẏ ȧȧƀǿǿŭŭŧ Ƥẏŧħǿǿƞ
msg-rule-cp-web-page = ȦȦƞ ḗḗşŧȧȧƀŀīīşħḗḗḓ ẇḗḗƀ ƥȧȧɠḗḗ
msg-rule-gr-board-review = Ẇħǿǿ ḓḗḗƈīīḓḗḗş
msg-rule-gr-budget-itemised = ȦȦƞ īīŧḗḗḿīīşḗḗḓ ƀŭŭḓɠḗḗŧ
msg-rule-gr-essentials-marked = ḖḖşşḗḗƞŧīīȧȧŀ ƈǿǿşŧş ḿȧȧřķḗḗḓ
msg-rule-gr-no-swag = Ƞǿǿ şẇȧȧɠ
msg-rule-gr-other-sources = ǾǾŧħḗḗř şǿǿŭŭřƈḗḗş ǿǿƒ ḿǿǿƞḗḗẏ
msg-rule-gr-python-share = ȦȦ Ƥẏŧħǿǿƞ ḗḗṽḗḗƞŧ
msg-rule-gr-request-within-budget = Ŧħḗḗ řḗḗɋŭŭḗḗşŧ īīş ƥȧȧřŧ ǿǿƒ ŧħḗḗ ƀŭŭḓɠḗḗŧ
msg-rule-mp-code-of-conduct = Ƈǿǿḓḗḗ ǿǿƒ Ƈǿǿƞḓŭŭƈŧ īīƞ ŧħḗḗ ȦȦƀǿǿŭŭŧ şḗḗƈŧīīǿǿƞ
msg-rule-mp-events-per-year =
    ȦȦŧ ŀḗḗȧȧşŧ { $min ->
        [one] { $min } ḗḗṽḗḗƞŧ
       *[other] { $min } ḗḗṽḗḗƞŧş
    } ȧȧ ẏḗḗȧȧř
msg-rule-mp-meetup-url = ȦȦ Ḿḗḗḗḗŧŭŭƥ ɠřǿǿŭŭƥ
msg-rule-mp-python-share = Ḿǿǿşŧŀẏ Ƥẏŧħǿǿƞ ƈǿǿƞŧḗḗƞŧ
msg-rule-window = ȦȦƥƥŀẏīīƞɠ ȧȧŧ ŧħḗḗ řīīɠħŧ ŧīīḿḗḗ
msg-status-fail = Ƞǿǿŧ ḿḗḗŧ
msg-status-fail-in-sentence = ƞǿǿŧ ḿḗḗŧ
msg-status-pass = Ḿḗḗŧ
msg-status-pass-in-sentence = ḿḗḗŧ
msg-status-unknown = Ƞǿǿŧ ȧȧƞşẇḗḗřḗḗḓ ẏḗḗŧ
msg-status-unknown-in-sentence = ƞǿǿŧ ȧȧƞşẇḗḗřḗḗḓ ẏḗḗŧ
msg-status-warn = Ḿḗḗŧ, ẇīīŧħ ȧȧḓṽīīƈḗḗ
msg-status-warn-in-sentence = ḿḗḗŧ, ẇīīŧħ ȧȧḓṽīīƈḗḗ
msg-step-check = Ƈħḗḗƈķ ȧȧƞḓ şŭŭƀḿīīŧ
msg-step-of = Şŧḗḗƥ { $n } ǿǿƒ { $of }
msg-step-preview = ḖḖŀīīɠīīƀīīŀīīŧẏ ƈħḗḗƈķ
msg-step-start = Şŧȧȧřŧ
msg-step-submitted = Şŭŭƀḿīīŧŧḗḗḓ
msg-title = { $page } – { $application } – ƤŞƑ
msg-title-check = Ƈħḗḗƈķ ẏǿǿŭŭř ȧȧƞşẇḗḗřş
msg-title-error = ḖḖřřǿǿř: { $title }
msg-title-no-program = { $page } – ƤŞƑ
msg-too-long =
    { $subject } ḿŭŭşŧ ƀḗḗ { $max ->
        [one] { $max } ƈħȧȧřȧȧƈŧḗḗř
       *[other] { $max } ƈħȧȧřȧȧƈŧḗḗřş
    } ǿǿř ƒḗḗẇḗḗř
msg-too-long-no-limit = { $subject } īīş ŧǿǿǿǿ ŀǿǿƞɠ
msg-too-many =
    Ẏǿǿŭŭ ƈȧȧƞ ȧȧḓḓ ŭŭƥ ŧǿǿ { $max ->
        [one] { $max } { $item }
       *[other] { $max } { $items }
    }: ƈǿǿḿƀīīƞḗḗ şǿǿḿḗḗ ǿǿƒ ŧħḗḗḿ
msg-total = Ŧħḗḗ ŀīīƞḗḗş ȧȧḓḓ ŭŭƥ ŧǿǿ { $total }.
msg-total-exact = Ŧħḗḗ ŀīīƞḗḗş ȧȧḓḓ ŭŭƥ ŧǿǿ { $total }. Ŧħȧȧŧ īīş ŧħḗḗ { $against } ḗḗẋȧȧƈŧŀẏ.
msg-total-over = Ŧħḗḗ ŀīīƞḗḗş ȧȧḓḓ ŭŭƥ ŧǿǿ { $total }. { $against }: { $amount }, şǿǿ ŧħḗḗ ŀīīƞḗḗş ƈǿǿḿḗḗ ŧǿǿ { $gap } ḿǿǿřḗḗ ŧħȧȧƞ ẏǿǿŭŭ'řḗḗ ȧȧşķīīƞɠ ƒǿǿř.
msg-total-under = Ŧħḗḗ ŀīīƞḗḗş ȧȧḓḓ ŭŭƥ ŧǿǿ { $total }. { $against }: { $amount }, şǿǿ { $gap } īīş ƞǿǿŧ īīƞ ȧȧ ŀīīƞḗḗ ẏḗḗŧ.
msg-verdict-eligible = ḖḖŀīīɠīīƀŀḗḗ
msg-verdict-eligible-with-advice = ḖḖŀīīɠīīƀŀḗḗ, ẇīīŧħ ȧȧḓṽīīƈḗḗ
msg-verdict-incomplete = Ƞǿǿŧ ƒīīƞīīşħḗḗḓ ẏḗḗŧ
msg-verdict-not-eligible = Ƞǿǿŧ ḗḗŀīīɠīīƀŀḗḗ ẇīīŧħ ŧħḗḗşḗḗ ȧȧƞşẇḗḗřş
msg-web-address-format = ḖḖƞŧḗḗř ŧħḗḗ { $subject } īīƞ ŧħḗḗ ƈǿǿřřḗḗƈŧ ƒǿǿřḿȧȧŧ, ŀīīķḗḗ { $example }
msg-whole-dollars = ḖḖƞŧḗḗř ŧħḗḗ { $subject } īīƞ ẇħǿǿŀḗḗ ŬŬŞ ḓǿǿŀŀȧȧřş, ŀīīķḗḗ { $example }
msg-whole-number = { $subject } ḿŭŭşŧ ƀḗḗ ȧȧ ẇħǿǿŀḗḗ ƞŭŭḿƀḗḗř, ŀīīķḗḗ { $example }
msg-window-advised-later =
    ĪĪƞ ŧīīḿḗḗ, ƀŭŭŧ ƒīīřşŧ-ŧīīḿḗḗ ȧȧƥƥŀīīƈȧȧƞŧş ȧȧřḗḗ ḗḗƞƈǿǿŭŭřȧȧɠḗḗḓ ŧǿǿ ȧȧƥƥŀẏ { $weeks ->
        [one] { $weeks } ẇḗḗḗḗķ
       *[other] { $weeks } ẇḗḗḗḗķş
    } ȧȧħḗḗȧȧḓ, ƀẏ { $advised_by }. ȦȦƥƥŀẏ şǿǿǿǿƞ.
msg-window-event-past = Ŧħīīş ḓȧȧŧḗḗ īīş ŧǿǿḓȧȧẏ ǿǿř ħȧȧş ƥȧȧşşḗḗḓ: ŧħḗḗ ƤŞƑ ƥȧȧřŧƞḗḗřş ẇīīŧħ ḗḗṽḗḗƞŧş ŧħȧȧŧ ħȧȧṽḗḗƞ'ŧ ħȧȧƥƥḗḗƞḗḗḓ ẏḗḗŧ.
msg-window-in-window = Ẏǿǿŭŭ'řḗḗ īīƞ ŧīīḿḗḗ. ȦȦƥƥŀẏ ƀẏ { $apply_by }.
msg-window-prompt = ḖḖƞŧḗḗř ŧħḗḗ ƒŭŭŀŀ ḓȧȧŧḗḗ ŧǿǿ şḗḗḗḗ ẇħḗḗƞ ẏǿǿŭŭ ƈȧȧƞ ȧȧƥƥŀẏ.
msg-window-too-early =
    Ŧǿǿǿǿ ḗḗȧȧřŀẏ: ȧȧƥƥŀīīƈȧȧŧīīǿǿƞş ǿǿƥḗḗƞ { $months ->
        [one] { $months } ḿǿǿƞŧħ
       *[other] { $months } ḿǿǿƞŧħş
    } ƀḗḗƒǿǿřḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ, ǿǿƞ { $apply_from }.
msg-window-too-late =
    Ŧǿǿǿǿ ŀȧȧŧḗḗ ƒǿǿř ŧħīīş ḓȧȧŧḗḗ: ŧħḗḗ ŀȧȧşŧ ḓȧȧẏ ŧǿǿ ȧȧƥƥŀẏ ẇȧȧş { $apply_by }, { $weeks ->
        [one] { $weeks } ẇḗḗḗḗķ
       *[other] { $weeks } ẇḗḗḗḗķş
    } ƀḗḗƒǿǿřḗḗ ŧħḗḗ ḗḗṽḗḗƞŧ.
msg-yes = Ẏḗḗş

not-found-start-after = { " " }ŧǿǿ ƈħǿǿǿǿşḗḗ ȧȧ ƥřǿǿɠřȧȧḿ. Ẏǿǿŭŭř şȧȧṽḗḗḓ ȧȧƞşẇḗḗřş ȧȧřḗḗ şŧīīŀŀ ŧħḗḗřḗḗ.
not-found-start-link = Ɠǿǿ ŧǿǿ ŧħḗḗ şŧȧȧřŧ
not-found-typed = ĪĪƒ ẏǿǿŭŭ ŧẏƥḗḗḓ ŧħḗḗ ẇḗḗƀ ȧȧḓḓřḗḗşş, ƈħḗḗƈķ īīŧ īīş ƈǿǿřřḗḗƈŧ.

preview-apply-button = ȦȦƥƥŀẏ ẇīīŧħ ŧħḗḗşḗḗ ȧȧƞşẇḗḗřş
preview-caption = ḖḖŀīīɠīīƀīīŀīīŧẏ ƈħḗḗƈķ
preview-lead = ȦȦƞşẇḗḗř ŧħḗḗşḗḗ ɋŭŭḗḗşŧīīǿǿƞş ŧǿǿ şḗḗḗḗ şŧřȧȧīīɠħŧ ȧȧẇȧȧẏ ẇħḗḗŧħḗḗř ẏǿǿŭŭ ƈȧȧƞ ȧȧƥƥŀẏ, ȧȧƞḓ ẇħḗḗƞ. Ẇḗḗ ḓǿǿƞ'ŧ ȧȧşķ ƒǿǿř ƥḗḗřşǿǿƞȧȧŀ ḓḗḗŧȧȧīīŀş ħḗḗřḗḗ, ȧȧƞḓ ƞǿǿŧħīīƞɠ īīş şȧȧṽḗḗḓ ǿǿř şḗḗƞŧ.
preview-ready = Řḗḗȧȧḓẏ? Ẏǿǿŭŭř ȧȧƞşẇḗḗřş ħḗḗřḗḗ ɠǿǿ īīƞŧǿǿ ŧħḗḗ ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ, şǿǿ ẏǿǿŭŭ ẇǿǿƞ'ŧ ŧẏƥḗḗ ŧħḗḗḿ ŧẇīīƈḗḗ.

print-button-text = Ƥřīīƞŧ ǿǿř şȧȧṽḗḗ ȧȧş ƤḒƑ

reshare-check-heading = Ẇīīŀŀ ŧħḗḗ ƤŞƑ řḗḗ-şħȧȧřḗḗ ẏǿǿŭŭř ƥǿǿşŧ?
reshare-check-kind = Ẇħȧȧŧ īīş ŧħḗḗ ƥǿǿşŧ?
reshare-check-text = Ŧħḗḗ ƥǿǿşŧ'ş ŧḗḗẋŧ (ǿǿƥŧīīǿǿƞȧȧŀ)
reshare-check-text-hint = Ƥȧȧşŧḗḗ īīŧ ŧǿǿ ƈħḗḗƈķ īīŧ ƒǿǿř ẇǿǿřḓş ŧħḗḗ ƤŞƑ ḓǿǿḗḗşƞ'ŧ řḗḗ-şħȧȧřḗḗ. Ƞǿǿŧħīīƞɠ ẏǿǿŭŭ ƥȧȧşŧḗḗ īīş şȧȧṽḗḗḓ ǿǿř şḗḗƞŧ.

save-to-file-after = { " " }ŧǿǿ ƈǿǿƞŧīīƞŭŭḗḗ ǿǿƞ ȧȧƞǿǿŧħḗḗř ḓḗḗṽīīƈḗḗ: ǿǿƥḗḗƞ ŧħīīş ƒǿǿřḿ ŧħḗḗřḗḗ ȧȧƞḓ ƈħǿǿǿǿşḗḗ “Ƈǿǿƞŧīīƞŭŭḗḗ ƒřǿǿḿ ȧȧ şȧȧṽḗḗḓ ƒīīŀḗḗ”.
save-to-file-link = Şȧȧṽḗḗ ẏǿǿŭŭř ȧȧƞşẇḗḗřş ŧǿǿ ȧȧ ƒīīŀḗḗ

start-check-eligibility-link = Ƈħḗḗƈķ ḗḗŀīīɠīīƀīīŀīīŧẏ ƒīīřşŧ
start-lead = Ŧħḗḗ Ƥẏŧħǿǿƞ Şǿǿƒŧẇȧȧřḗḗ Ƒǿǿŭŭƞḓȧȧŧīīǿǿƞ şŭŭƥƥǿǿřŧş Ƥẏŧħǿǿƞ ƈǿǿḿḿŭŭƞīīŧīīḗḗş ȧȧřǿǿŭŭƞḓ ŧħḗḗ ẇǿǿřŀḓ. Ƈħǿǿǿǿşḗḗ ŧħḗḗ ƥřǿǿɠřȧȧḿ ŧħȧȧŧ ƒīīŧş ẇħȧȧŧ ẏǿǿŭŭ řŭŭƞ.
start-saved-note = Ẏǿǿŭŭř ȧȧƞşẇḗḗřş ȧȧřḗḗ şȧȧṽḗḗḓ īīƞ ŧħīīş ƀřǿǿẇşḗḗř ȧȧş ẏǿǿŭŭ ɠǿǿ, şǿǿ ẏǿǿŭŭ ƈȧȧƞ ƈǿǿḿḗḗ ƀȧȧƈķ ŀȧȧŧḗḗř. Ƞǿǿŧħīīƞɠ īīş şḗḗƞŧ ŧǿǿ ŧħḗḗ ƤŞƑ ŭŭƞŧīīŀ ẏǿǿŭŭ şŭŭƀḿīīŧ.

step-indicator-label = { $application } şŧḗḗƥş

storage-notices-dismiss = Ḓīīşḿīīşş
storage-notices-dismiss-hidden = { " " }ŧħīīş ḿḗḗşşȧȧɠḗḗ

submit-problem-download = Ḓǿǿẇƞŀǿǿȧȧḓ ȧȧ ƈǿǿƥẏ ǿǿƒ ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ (ĴŞǾǾȠ)
submit-problem-no-endpoint-after = .
submit-problem-no-endpoint-before = Ƞǿǿŧħīīƞɠ ẇȧȧş şḗḗƞŧ. Ḓǿǿẇƞŀǿǿȧȧḓ ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ȧȧƞḓ ḗḗḿȧȧīīŀ īīŧ ŧǿǿ{ " " }
submit-problem-no-endpoint-title = Ŧħīīş ƒǿǿřḿ īīş ƞǿǿŧ ƈǿǿƞƞḗḗƈŧḗḗḓ ŧǿǿ ŧħḗḗ ƤŞƑ
submit-problem-not-sent-title = Ẏǿǿŭŭř ȧȧƥƥŀīīƈȧȧŧīīǿǿƞ ħȧȧş ƞǿǿŧ ƀḗḗḗḗƞ şḗḗƞŧ ẏḗḗŧ
submit-problem-rejected-then = Ƈħȧȧƞɠḗḗ ŧħǿǿşḗḗ ȧȧƞşẇḗḗřş, ŧħḗḗƞ şŭŭƀḿīīŧ ȧȧɠȧȧīīƞ.
submit-problem-rejected-title = Ŧħḗḗ ƤŞƑ'ş şḗḗřṽīīƈḗḗ ƈǿǿŭŭŀḓ ƞǿǿŧ ȧȧƈƈḗḗƥŧ şǿǿḿḗḗ ȧȧƞşẇḗḗřş
submit-problem-retry = Ŧřẏ ȧȧɠȧȧīīƞ

text-area-remaining =
    { $count ->
        [one] Ẏǿǿŭŭ ħȧȧṽḗḗ { $count } ƈħȧȧřȧȧƈŧḗḗř řḗḗḿȧȧīīƞīīƞɠ
       *[other] Ẏǿǿŭŭ ħȧȧṽḗḗ { $count } ƈħȧȧřȧȧƈŧḗḗřş řḗḗḿȧȧīīƞīīƞɠ
    }
text-area-too-many =
    { $count ->
        [one] Ẏǿǿŭŭ ħȧȧṽḗḗ { $count } ƈħȧȧřȧȧƈŧḗḗř ŧǿǿǿǿ ḿȧȧƞẏ
       *[other] Ẏǿǿŭŭ ħȧȧṽḗḗ { $count } ƈħȧȧřȧȧƈŧḗḗřş ŧǿǿǿǿ ḿȧȧƞẏ
    }
