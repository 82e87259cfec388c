fn main() {
    psf_apply::ui::start();
}
