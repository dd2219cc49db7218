del zzz
