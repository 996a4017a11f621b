from greatgame.cli.app import main

main()
