//! Every number the PSF's policy sets, in one place, so that a policy change is
//! a one-line change here with a test that shows it.
