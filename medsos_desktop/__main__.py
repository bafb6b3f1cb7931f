from medsos_desktop.app import main

raise SystemExit(main())
