// The build failed (invoker.buildResult); it must have failed for the reason the processor gives.
def log = new File(basedir, 'build.log').text
assert log.contains('[AutoProfileKotlinConstructor] The Kotlin profile model Profile has no constructor Profile(User)')
assert log.contains('Add @JvmOverloads to that constructor')
assert log.contains('kotlin-maven-plugin') && log.contains(':kapt (kapt)')
assert !log.contains('AutoProfileInternalError')
