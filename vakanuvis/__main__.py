from vakanuvis.cli import main

main()
