//! `Write-Progress` bars on a terminal's stderr, one per progress `-Id`, drawn by indicatif.

use crate::cmdlets::command::Progress;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::HashMap;

/// The bars of one run; they are cleared when the run ends.
pub(super) struct Bars {
    multi: MultiProgress,
    bars: HashMap<i64, ProgressBar>,
}

impl Bars {
    /// No bars yet; they draw on stderr (indicatif hides them when it is not a terminal).
    pub(super) fn new() -> Self {
        Bars {
            multi: MultiProgress::with_draw_target(ProgressDrawTarget::stderr()),
            bars: HashMap::new(),
        }
    }

    /// Shows an update: creates the bar of its id, moves it, or removes it when completed.
    pub(super) fn update(&mut self, progress: &Progress) {
        if progress.completed {
            if let Some(bar) = self.bars.remove(&progress.id) {
                bar.finish_and_clear();
                self.multi.remove(&bar);
            }
            return;
        }
        let multi = &self.multi;
        let bar = self.bars.entry(progress.id).or_insert_with(|| {
            let bar = multi.add(ProgressBar::new(100));
            let style = ProgressStyle::with_template("{prefix} [{bar:30}] {pos:>3}% {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> ");
            bar.set_style(style);
            bar
        });
        bar.set_prefix(progress.activity.clone());
        bar.set_message(progress.status.clone());
        match progress.percent {
            Some(percent) => bar.set_position(u64::from(percent)),
            None => bar.tick(),
        }
    }

    /// Runs `f` (which prints) with the bars hidden, then draws them again.
    pub(super) fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        self.multi.suspend(f)
    }
}

impl Drop for Bars {
    fn drop(&mut self) {
        for bar in self.bars.values() {
            bar.finish_and_clear();
        }
        let _ = self.multi.clear();
    }
}
