#pragma once

// How one cell moved between two dates.
enum class Change { Improved, Declined, Unchanged, New, NoLongerRated, NotComparable };
