// SPDX-FileCopyrightText: 2026 The Trust Ratings authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <initializer_list>

// splitmix64. Our own generator, not std::mt19937 or QRandomGenerator,
// because the output must be byte-identical for the same seed on every
// platform and Qt version: the algorithm is fixed here and uses integer
// arithmetic only.
class Rng
{
public:
    explicit Rng(quint64 state) : m_state(state) {}

    // Derives an independent stream for (seed, stream, index). Every entity
    // draws from its own stream, so adding month-2 changes or a new kind of
    // attribute never shifts the values drawn for anything else.
    static Rng forKey(quint64 seed, quint64 stream, quint64 index)
    {
        return Rng(mix(mix(mix(seed) ^ (stream * 0x632be59bd9b4e019ULL)) ^ index));
    }

    static quint64 mix(quint64 z)
    {
        z += 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n). Multiply-shift: the bias (n / 2^32) is irrelevant
    // for test data and it avoids a data-dependent loop.
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }

    // Uniform in [lo, hi], inclusive.
    int range(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }

    // True with probability perMille / 1000.
    bool chance(int perMille) { return int(below(1000)) < perMille; }

    // Index chosen with the given integer weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = int(below(quint32(total)));
        int index = 0;
        for (int w : weights) {
            if (roll < w)
                return index;
            roll -= w;
            ++index;
        }
        return index - 1;
    }

    template<typename T, int N>
    const T &pick(const T (&items)[N]) { return items[below(N)]; }

private:
    quint64 m_state;
};
