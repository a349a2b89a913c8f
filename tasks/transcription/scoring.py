"""How good a transcript is against a known reference: diarization error rate.

Used by the tests and the benchmark on the seed episode, whose reference says who speaks when.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

Turn = tuple[str, float, float]  # (speaker, start, end) in seconds


def _frames(turns: Iterable[Turn], speakers: list[str], length: int, step: float) -> np.ndarray:
    grid = np.zeros((len(speakers), length), dtype=bool)
    for speaker, start, end in turns:
        grid[speakers.index(speaker), int(round(start / step)):int(round(end / step))] = True
    return grid


def diarization_error(reference: list[Turn], hypothesis: list[Turn], step: float = 0.01,
                      optimal_mapping: bool = False) -> float:
    """(missed speech + false alarm + speaker confusion) / reference speech, on ``step``-second frames.

    Hypothesis speakers count by name; ``optimal_mapping`` instead pairs each hypothesis speaker with
    the reference speaker it overlaps most (the usual DER, which ignores naming).

    >>> ref = [("A", 0, 10), ("B", 10, 20)]
    >>> diarization_error(ref, [("A", 0, 10), ("B", 10, 20)])
    0.0
    >>> diarization_error(ref, [("A", 0, 15), ("B", 15, 20)])
    0.25
    >>> diarization_error(ref, [("x", 0, 10), ("y", 10, 20)], optimal_mapping=True)
    0.0
    """
    end = max(e for _, _, e in [*reference, *hypothesis])
    length = int(round(end / step)) + 1
    ref_speakers = sorted({s for s, _, _ in reference})
    hyp_speakers = sorted({s for s, _, _ in hypothesis})
    ref = _frames(reference, ref_speakers, length, step)
    hyp = _frames(hypothesis, hyp_speakers, length, step)
    if optimal_mapping:
        from scipy.optimize import linear_sum_assignment

        overlap = (ref[:, None, :] & hyp[None, :, :]).sum(axis=2)
        rows, cols = linear_sum_assignment(-overlap)
        mapping = {hyp_speakers[c]: ref_speakers[r] for r, c in zip(rows, cols, strict=True)}
    else:
        mapping = {s: s for s in hyp_speakers}
    # Hypothesis rows onto reference speakers; an unmapped speaker is wrong wherever it speaks.
    mapped = np.zeros_like(ref)
    for row, speaker in enumerate(hyp_speakers):
        if mapping.get(speaker) in ref_speakers:
            mapped[ref_speakers.index(mapping[speaker])] |= hyp[row]
    n_ref, n_hyp = ref.sum(axis=0), hyp.sum(axis=0)
    correct = (ref & mapped).sum(axis=0)
    errors = np.maximum(n_ref, n_hyp) - correct
    return round(float(errors.sum() / max(n_ref.sum(), 1)), 4)


def speaker_turns(segments) -> list[Turn]:
    """Consecutive segments of one speaker as one turn, pauses included, as a reference marks turns.

    >>> from tasks.models import Segment
    >>> speaker_turns([Segment(start=0, end=2, text="a", speaker="A"), Segment(start=3, end=4, text="b", speaker="A"),
    ...                Segment(start=5, end=6, text="c", speaker="B")])
    [('A', 0.0, 4.0), ('B', 5.0, 6.0)]
    """
    turns: list[Turn] = []
    for segment in segments:
        if turns and turns[-1][0] == segment.speaker:
            turns[-1] = (segment.speaker, turns[-1][1], segment.end)
        else:
            turns.append((segment.speaker, segment.start, segment.end))
    return turns
