from typer.testing import CliRunner

from greatgame import __version__
from greatgame.cli.app import app
from greatgame.errors import InputError

runner = CliRunner()


def test_version_prints_the_package_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"greatgame {__version__}"


def test_help_lists_registered_commands():
    from greatgame.cli.app import COMMAND_MODULES

    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    commands = {"importer": "import"}  # a module named after a keyword names its command
    for name in COMMAND_MODULES:
        assert commands.get(name, name) in result.stdout


def test_input_error_names_file_place_and_problem():
    exc = InputError("scenario.yaml", "salience 1.4 is above 1", where="line 12")
    assert str(exc) == "scenario.yaml, line 12: salience 1.4 is above 1"
