from speechdraft.cli import main

main()
