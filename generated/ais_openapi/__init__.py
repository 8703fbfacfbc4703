# placeholder until make generate
