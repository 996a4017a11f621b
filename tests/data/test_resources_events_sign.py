from greatgame import resources


def test_accuse_base_score_sign_is_corrected_to_verbal_conflict():
    # PLOVER manual prints ACCUSE +3 while its modes score -2 (disapprove) .. -3.5 (allege)
    assert resources.plover_intensity("ACCUSE") == -3.0
    assert resources.plover_intensity("ACCUSE", "allege") == -3.5
    assert resources.plover_intensity("COOPERATE") == 9.5
