"""What a cold render loads once: the phrase bank is one object however its folders are
passed (a render asked for it as ``(dir)`` and as ``(dir, None)`` and read the kept bank
twice), and it is the bank a fresh read gives."""

from __future__ import annotations

from pathlib import Path

from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir


def test_the_bank_is_one_object_however_its_folders_are_passed() -> None:
    builtin = builtin_templates_dir()
    bank = load_phrasebank(builtin)
    assert load_phrasebank(builtin, None) is bank
    assert load_phrasebank(templates_dir=builtin) is bank
    assert load_phrasebank(builtin, user_dir=None) is bank
    assert len(bank.areas) > 10


def test_a_users_folder_is_a_bank_of_its_own_and_clearing_forgets_them(tmp_path: Path) -> None:
    builtin = builtin_templates_dir()
    bank = load_phrasebank(builtin)
    (tmp_path / "phrases").mkdir()
    own = load_phrasebank(builtin, tmp_path)
    assert own is not bank and own is load_phrasebank(builtin, tmp_path)
    assert set(own.areas) == set(bank.areas)  # an empty phrases/ folder adds nothing
    load_phrasebank.cache_clear()  # type: ignore[attr-defined]
    fresh = load_phrasebank(builtin)
    assert fresh is not bank and set(fresh.areas) == set(bank.areas)
    assert load_phrasebank.__wrapped__(builtin, None).areas.keys() == bank.areas.keys()
