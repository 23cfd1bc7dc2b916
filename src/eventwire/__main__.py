"""``python -m eventwire`` runs the command line."""

from eventwire.cli.main import run

if __name__ == "__main__":
    run()
