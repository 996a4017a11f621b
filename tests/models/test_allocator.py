import subprocess
import sys


def test_allocator_tuning_is_applied_once_and_can_be_switched_off():
    code = ("from greatgame.models.allocator import keep_temporaries_warm as k; "
            "print(k(), k())")
    on = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                        check=True)
    off = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"GREATGAME_MALLOPT": "0", "PATH": ""})
    if sys.platform.startswith("linux"):
        assert on.stdout.split() == ["True", "True"]
    assert off.stdout.split() == ["False", "False"]
